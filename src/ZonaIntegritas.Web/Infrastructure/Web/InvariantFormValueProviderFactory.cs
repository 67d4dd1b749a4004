using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>Form values bound with the invariant culture (decimal point), whatever the request culture.</summary>
public sealed class InvariantFormValueProviderFactory : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
        }
    }
}
