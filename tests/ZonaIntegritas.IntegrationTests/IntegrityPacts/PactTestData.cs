using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

/// <summary>Test helpers for the pact feature: campaigns straight into the database, staff lookups, PDF text.</summary>
public static class PactTestData
{
    /// <summary>A 2×2 RGBA PNG as the signing page posts it.</summary>
    public const string TinyPngDataUrl = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEElEQVR4nGNgYGD4D8UQBgAd9AP9yOH2qAAAAABJRU5ErkJggg==";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static Task<int> DemoCampaignIdAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.Set<PactCampaign>().Where(c => c.Title == PactDemoData.CampaignTitle).Select(c => c.Id).SingleAsync());

    public static Task<int> UnitIdAsync(PortalFactory factory, string code = DemoSeeder.OfficeCode) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<int> StaffIdOfAsync(PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.StaffMemberId!.Value).SingleAsync());

    /// <summary>A campaign with the default template's latest version, its participant rows synchronised as at creation.</summary>
    public static async Task<int> CreateCampaignAsync(PortalFactory factory, string title, string unitCode = DemoSeeder.OfficeCode,
        DateOnly? opens = null, DateOnly? closes = null, bool includeDescendants = true)
    {
        var unitId = await UnitIdAsync(factory, unitCode);
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var versionId = await db.Set<IntegrityPactTemplateVersion>().Where(v => v.Template!.UnitId == null)
                .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
            var campaign = new PactCampaign
            {
                Title = title,
                Occasion = PactOccasion.InaugurationOrTransfer,
                UnitId = unitId,
                IncludeDescendants = includeDescendants,
                TemplateVersionId = versionId,
            };
            campaign.Schedule(opens ?? Today.AddDays(-1), closes ?? Today.AddDays(10));
            db.Add(campaign);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<PactParticipantService>().SyncAsync(campaign, initial: true);
            return campaign.Id;
        });
    }

    public static Task<int> AddStaffAsync(PortalFactory factory, string name, string unitCode, string? position = "Pengadministrasi Umum") =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            var staff = new StaffMember { FullName = name, Position = position, UnitId = unitId, EmploymentType = EmploymentType.Pppk };
            db.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });

    /// <summary>The PDF's text through poppler's pdftotext.</summary>
    public static string PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), "zi-pdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Collapses whitespace so wrapped PDF lines compare as one text.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public static class DeniedResponse
{
    /// <summary>Refused: 403 from a service check, or the cookie handler's redirect to the access-denied page for a missing permission.</summary>
    public static void ShouldBeDenied(this HttpResponseMessage response)
    {
        if (response.StatusCode == System.Net.HttpStatusCode.Forbidden)
        {
            return;
        }
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/akun/akses-ditolak");
    }
}
