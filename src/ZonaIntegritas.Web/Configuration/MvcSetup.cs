using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.Compression;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.Web.Configuration;

public static class MvcSetup
{
    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(o =>
            {
                // A broken domain rule becomes the response the action's kind needs (ADR 0012).
                o.Filters.Add<DomainExceptionFilter>();
                // Enums renamed to English still bind from the written names that forms post and old links carry.
                o.ModelBinderProviders.Insert(0, new WrittenEnumNameBinderProvider());
                // Forms post numbers the way <input type="number"> sends them ("3.7"); binding them with
                // id-ID rules would read "3.7" as 37. Display uses id-ID (see Fmt).
                var form = o.ValueProviderFactories.OfType<FormValueProviderFactory>().FirstOrDefault();
                if (form is not null)
                {
                    o.ValueProviderFactories[o.ValueProviderFactories.IndexOf(form)] = new InvariantFormValueProviderFactory();
                }
                // Required fields are checked by the FluentValidation validators with Indonesian messages; the
                // implicit [Required] of non-nullable strings would add English ones.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Wajib diisi.");
                o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((v, _) => $"Nilai '{v}' tidak valid.");
                o.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "Wajib diisi.");
                o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(v => $"Nilai '{v}' tidak valid.");
                o.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "Harus berupa angka.");
                o.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => "Nilai tidak valid.");
                o.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Nilai '{v}' tidak valid.");
                o.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Nilai tidak valid.");
                o.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Harus berupa angka.");
                o.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "Wajib diisi.");
                o.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "Isi permintaan kosong.");
            })
            .AddRazorOptions(o =>
            {
                // Feature folders: /Features/{Controller}/{View}.cshtml, shared parts in /Features/Shared.
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                o.ViewLocationFormats.Add("/Features/{1}/Views/{0}" + RazorViewEngine.ViewExtension);
                o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });

        services.AddPageCache();
        services.AddPageCompression();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "zi.af";
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var id = Domain.Common.IndonesianCulture.Id;
            o.DefaultRequestCulture = new RequestCulture(id);
            o.SupportedCultures = [id];
            o.SupportedUICultures = [id];
            o.RequestCultureProviders.Clear();
        });
        return services;
    }
}
