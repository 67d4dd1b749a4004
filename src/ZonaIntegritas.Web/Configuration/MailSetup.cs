using Microsoft.Extensions.DependencyInjection.Extensions;
using ZonaIntegritas.Web.Infrastructure.Mail;

namespace ZonaIntegritas.Web.Configuration;

public static class MailSetup
{
    /// <summary>Outgoing mail over SMTP (section <c>Smtp</c>); used by the pact reminders and the review cycle.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
