using System.Net.Mail;
using System.Net.Sockets;
using MailKit;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpClient = MailKit.Net.Smtp.SmtpClient;

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

    /// <summary>TLS: implicit TLS on port 465, otherwise STARTTLS (required, never silently plain text).</summary>
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@zonaintegritas.local";
    public string FromName { get; set; } = "Portal Zona Integritas";

    /// <summary>Connect, command and data timeout; a dead server must not hold a request for minutes.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>
/// <see cref="IMailSender"/> over MailKit (Microsoft advises against System.Net.Mail.SmtpClient for new code).
/// Plain-text UTF-8 messages, one connection per message. A failure to deliver surfaces as
/// <see cref="SmtpException"/> (inner: MailKit's or the socket's exception), as it did before, so callers keep
/// one catch clause; a malformed address is a <see cref="FormatException"/> (MimeKit's ParseException).
/// </summary>
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
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(_options.FromName, _options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient { Timeout = _options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(_options.Host!, _options.Port, SocketOptions(), ct);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
            }
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is CommandException or ProtocolException or AuthenticationException
            or SslHandshakeException or SocketException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or IOException)
        {
            throw new SmtpException($"Email could not be sent through {_options.Host}:{_options.Port}: {ex.Message}", ex);
        }
        LogSent(logger, subject);
    }

    private SecureSocketOptions SocketOptions() => !_options.EnableSsl
        ? SecureSocketOptions.None
        : _options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;

    [LoggerMessage(Level = LogLevel.Information, Message = "Email sent: {Subject}")]
    private static partial void LogSent(ILogger logger, string subject);
}
