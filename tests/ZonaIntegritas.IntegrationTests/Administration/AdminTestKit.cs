using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.IntegrationTests.Administration;

/// <summary>Small helpers shared by the administration tests.</summary>
internal static class AdminTestKit
{
    public const string OfficeCode = "KEMENAG-KOTA-MALANG";

    /// <summary>The status a browser ends on: a redirect to the access-denied page counts as its 403.</summary>
    public static async Task<HttpStatusCode> FinalStatusAsync(this PortalClient client, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location!.ToString().Contains("/akun/akses-ditolak", StringComparison.Ordinal))
        {
            return (await client.Http.GetAsync(response.Headers.Location)).StatusCode;
        }
        return response.StatusCode;
    }

    public static async Task<HttpStatusCode> GetStatusAsync(this PortalClient client, string url) =>
        await client.FinalStatusAsync(await client.Http.GetAsync(url));

    /// <summary>Posts to <paramref name="url"/> with a valid antiforgery token taken from the home page's sign-out form.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this PortalClient client, string url, Dictionary<string, string> values)
    {
        var logout = await client.GetFormAsync("/", "form[action='/akun/keluar']");
        return await client.PostFormAsync(logout with { Action = url }, values);
    }

    public static string ValidationText(this IHtmlDocument doc) =>
        doc.QuerySelector("[data-testid=validation-summary]")?.TextContent ?? "";

    public static string AlertText(this IHtmlDocument doc) =>
        string.Join(" ", doc.QuerySelectorAll(".alert").Select(a => a.TextContent));

    public static Task<int> UnitIdAsync(this PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>A Kanwil of another province with one unit and one staff member: outside the demo office's scope.</summary>
    public static Task<(int UnitId, int StaffId)> AddForeignUnitWithStaffAsync(this PortalFactory factory, string suffix) =>
        factory.WithDbAsync(async db =>
        {
            var kanwil = new OrgUnit { Code = "KANWIL-JATENG-" + suffix, Name = "Kanwil Kemenag Jawa Tengah " + suffix, Type = UnitType.Kanwil };
            var office = new OrgUnit { Code = "KEMENAG-SEMARANG-" + suffix, Name = "Kantor Kemenag Kota Semarang " + suffix, Type = UnitType.KantorKemenag, Parent = kanwil };
            var staff = new StaffMember { Nip = FreshNip(), FullName = "Pegawai Semarang " + suffix, Unit = office };
            db.AddRange(kanwil, office, staff);
            await db.SaveChangesAsync();
            return (office.Id, staff.Id);
        });

    private static int _nipSequence;

    /// <summary>A fresh valid NIP that the demo data does not use (born 1990, appointed 2015).</summary>
    public static string FreshNip() => $"199001012015011{Interlocked.Increment(ref _nipSequence) % 1000:000}";
}
