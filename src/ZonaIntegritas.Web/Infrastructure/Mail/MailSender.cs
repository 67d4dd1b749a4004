using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace ZonaIntegritas.Web.Infrastructure.Mail;

/// <summary>Outgoing email (optional): off when <c>Smtp:Host</c> is empty.</summary>
public interface IMailSender
{
    bool IsEnabled { get; }

    Task SendAsync(string to, string subject, string body, CancellationToken ct = default);
}

/// <summary><c>Smtp:*</c> settings. Leave Host empty to send no email at all.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@zonaintegritas.local";
    public string FromName { get; set; } = "Portal Zona Integritas";
}

/// <summary><see cref="IMailSender"/> over System.Net.Mail (MailKit is not available here).</summary>
public sealed partial class SmtpMailSender(IOptions<SmtpOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    private readonly SmtpOptions _options = options.Value;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(_options.Host);

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct = default)
    {
        if (!IsEnabled)
        {
            return;
        }
        using var message = new MailMessage(new MailAddress(_options.From, _options.FromName), new MailAddress(to))
        {
            Subject = subject,
            Body = body,
            IsBodyHtml = false,
        };
        using var client = new SmtpClient(_options.Host, _options.Port) { EnableSsl = _options.EnableSsl };
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            client.Credentials = new NetworkCredential(_options.UserName, _options.Password);
        }
        await client.SendMailAsync(message, ct);
        LogSent(logger, subject);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email sent: {Subject}")]
    private static partial void LogSent(ILogger logger, string subject);
}
