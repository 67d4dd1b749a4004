using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Mail;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>The MailKit sender against a real SMTP conversation on 127.0.0.1 (an in-test sink, no mock).</summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
public class MailKitSenderTests
{
    private static SmtpMailSender Sender(int port) => new(
        Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, EnableSsl = false, TimeoutSeconds = 5 }),
        NullLogger<SmtpMailSender>.Instance);

    [Fact]
    public async Task Mail_is_delivered_to_a_local_smtp_server_with_sender_recipient_subject_and_utf8_body()
    {
        await using var sink = new SmtpSink();

        await Sender(sink.Port).SendAsync("pegawai@kemenag.go.id", "Pengingat Pakta Integritas: Tahun 2026",
            "Yth. Bapak Asep,\n\nSilakan tanda tangani pakta — batas 31 Desember 2026.\n.\nBaris setelah titik.");

        var received = sink.Messages.ShouldHaveSingleItem();
        received.From.ShouldBe("no-reply@zonaintegritas.local");
        received.To.ShouldBe(["pegawai@kemenag.go.id"]);
        using var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
        message.Subject.ShouldBe("Pengingat Pakta Integritas: Tahun 2026");
        message.From.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("Portal Zona Integritas");
        message.TextBody.ShouldNotBeNull().ReplaceLineEndings("\n").TrimEnd('\n').ShouldBe(
            "Yth. Bapak Asep,\n\nSilakan tanda tangani pakta — batas 31 Desember 2026.\n.\nBaris setelah titik.");
    }

    [Fact]
    public async Task Closed_smtp_port_fails_with_SmtpException_quickly()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var started = DateTime.UtcNow;
        var ex = await Should.ThrowAsync<SmtpException>(() => Sender(closedPort).SendAsync("a@b.go.id", "Subjek", "Isi"));

        ex.InnerException.ShouldNotBeNull();
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Sender_without_host_sends_nothing()
    {
        await using var sink = new SmtpSink();
        var sender = new SmtpMailSender(Options.Create(new SmtpOptions { Host = "" }), NullLogger<SmtpMailSender>.Instance);

        sender.IsEnabled.ShouldBeFalse();
        await sender.SendAsync("a@b.go.id", "Subjek", "Isi");

        sink.Messages.ShouldBeEmpty();
    }
}
