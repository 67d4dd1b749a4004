using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Mail;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

/// <summary>Records mail instead of sending it (the SMTP boundary), as if Smtp:Host were set.</summary>
public sealed class RecordingMailSender : IMailSender
{
    public ConcurrentBag<(string To, string Subject, string Body)> Sent { get; } = [];

    public bool IsEnabled => true;

    public Task SendAsync(string to, string subject, string body, CancellationToken ct = default)
    {
        Sent.Add((to, subject, body));
        return Task.CompletedTask;
    }
}

public sealed class MailPortalFactory : PortalFactory
{
    public RecordingMailSender Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IMailSender>(Mail));
    }
}

public class ReminderEmailTests(MailPortalFactory factory) : IClassFixture<MailPortalFactory>
{
    [Fact]
    public async Task With_smtp_configured_reminders_are_also_emailed_to_unsigned_participants()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta pengingat email");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var page = await ketua.GetDocumentAsync($"/pakta/kampanye/{campaignId}");
        page.Body!.TextContent.ShouldContain("notifikasi portal dan email");

        await ketua.PostFormAsync(HtmlForm.From(page, "form[action$='/pengingat']", "/"));

        var mail = factory.Mail.Sent.Where(m => m.Subject.Contains("Pakta pengingat email", StringComparison.Ordinal)).ToList();
        mail.ShouldContain(m => m.To == "pegawai@zi.demo");
        var toPegawai = mail.First(m => m.To == "pegawai@zi.demo");
        toPegawai.Body.ShouldContain($"/pakta/saya/{campaignId}");
        toPegawai.Body.ShouldContain(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pegawai@zi.demo").Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public void Without_smtp_host_the_real_sender_is_off()
    {
        var sender = new SmtpMailSender(Microsoft.Extensions.Options.Options.Create(new SmtpOptions { Host = "" }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SmtpMailSender>.Instance);
        sender.IsEnabled.ShouldBeFalse();
    }
}
