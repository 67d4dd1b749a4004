using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Worksheet;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Features.Reports;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.IntegrationTests.Reports;

/// <summary>The PMPZI report PDF read back with pdftotext: numbers equal the scorer, every question once, snapshot code, access.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class ReportPdfTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ReportPdfTests));

    private static readonly Regex QuestionLine = new(@"^\s*((?:PP|PR)[A-F]\d+[A-Z])\s", RegexOptions.Multiline);

    [Theory]
    [InlineData("unit")]
    [InlineData("assessor")]
    [InlineData("both")]
    public async Task Report_numbers_equal_the_scorer_and_every_question_appears_once(string basisKey)
    {
        var id = await WorksheetTestKit.DemoAssessmentIdAsync(factory);
        await ReportTestData.SetAssessorAnswerAsync(factory, id, "PPA1A", "Tidak", "Belum ada SK.");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");

        var response = await ketua.Http.GetAsync($"/laporan/pdf/{id}?basis={basisKey}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var pages = ReportTestData.PdfPages(pdf);
        var data = await ReportTestData.LoadAsync(factory, id);
        var basis = ReportBases.Parse(basisKey)!.Value;
        var score = data.Score(basis);

        var summary = pages.First(p => p.Contains(ReportPdfWriter.SectionSummary, StringComparison.Ordinal));
        LineStarting(summary, "TOTAL").ShouldContain(Fmt.Number(score.Total));
        foreach (var area in data.Template.Halves.SelectMany(h => h.Areas))
        {
            LineStarting(summary, area.Code + " ").ShouldContain(Fmt.Number(score.Areas[area.Code]));
        }
        if (basis == ReportBasis.Both)
        {
            LineStarting(summary, "TOTAL").ShouldContain(Fmt.Number(data.AssessorScore.Total));
            LineStarting(summary, "PPA ").ShouldContain(Fmt.Number(data.AssessorScore.Areas["PPA"]));
        }

        var gateText = string.Join("\n", pages.Where(p => p.Contains("Kriteria", StringComparison.Ordinal) && p.Contains("Ambang", StringComparison.Ordinal)));
        foreach (var check in score.Wbk.Checks.Concat(score.Wbbm.Checks).Where(c => c.Code != "WBK_HELD"))
        {
            var prefix = check.Label[..Math.Min(check.Label.Length, 22)];
            gateText.Split('\n').Any(l => l.Contains(prefix, StringComparison.Ordinal) && l.Contains(Fmt.Number(check.Value), StringComparison.Ordinal)
                && l.Contains(Fmt.Number(check.Minimum), StringComparison.Ordinal)).ShouldBeTrue($"gate {check.Code} {check.Label}");
        }

        var start = pages.ToList().FindIndex(p => p.Contains("LEMBAR KERJA ·", StringComparison.Ordinal));
        var end = pages.ToList().FindIndex(p => p.Contains(ReportPdfWriter.SectionEvidence, StringComparison.Ordinal));
        start.ShouldBeGreaterThan(0);
        var sections = string.Join("\n", pages.Skip(start).Take(end - start));
        var codes = QuestionLine.Matches(sections).Select(m => m.Groups[1].Value).ToList();
        codes.ShouldBe(data.Template.Questions.Select(q => q.Code).OrderBy(c => c, StringComparer.Ordinal), ignoreOrder: true);
        codes.Distinct().Count().ShouldBe(codes.Count);

        var all = string.Join("\n", pages);
        all.ShouldContain($"LEMBAR KERJA PENILAIAN MANDIRI PEMBANGUNAN");
        all.ShouldContain(data.SnapshotCode);
        all.ShouldContain($"Halaman 1 dari {pages.Count(p => p.Trim().Length > 0)}");
        all.ShouldContain(ReportPdfWriter.SectionApproval);
        all.ShouldContain("WIB");
    }

    [Fact]
    public async Task Snapshot_code_is_stable_for_the_same_data_and_changes_with_an_answer_or_an_evidence_file()
    {
        var office = await ReportTestData.OfficeIdAsync(factory);
        var id = await WorksheetTestKit.CreateAssessmentAsync(factory, 2031);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        var itemId = await ReportTestData.AddEvidenceAsync(factory, office, 2031, ["PPA1A"], "SK Tim", ReportTestData.TestPdf("SK"));

        var first = (await ReportTestData.LoadAsync(factory, id)).SnapshotCode;
        (await ReportTestData.LoadAsync(factory, id)).SnapshotCode.ShouldBe(first);
        first.Length.ShouldBe(10);

        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Tidak");
        var afterAnswer = (await ReportTestData.LoadAsync(factory, id)).SnapshotCode;
        afterAnswer.ShouldNotBe(first);

        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        (await ReportTestData.LoadAsync(factory, id)).SnapshotCode.ShouldBe(first);

        // A new version of the evidence file (other content, other hash).
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
            var store = sp.GetRequiredService<Web.Infrastructure.Files.IFileStore>();
            await using var staged = await store.StageAsync(new MemoryStream(ReportTestData.TestPdf("SK versi 2")), long.MaxValue);
            await store.CommitAsync(staged);
            db.Add(new StoredFile { Sha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = "application/pdf", CreatedAtUtc = DateTime.UtcNow });
            var item = db.Set<EvidenceItem>().Single(i => i.Id == itemId);
            var revision = new EvidenceRevision
            {
                EvidenceItemId = itemId,
                Number = 2,
                StoredFileSha256 = staged.Sha256,
                SizeBytes = staged.Length,
                ContentType = "application/pdf",
                FileName = "sk2.pdf",
                Extension = ".pdf",
                UploadedById = item.UploadedById,
                UploadedAtUtc = DateTime.UtcNow,
            };
            db.Add(revision);
            await db.SaveChangesAsync();
            item.CurrentRevisionId = revision.Id;
            await db.SaveChangesAsync();
            return 0;
        });
        (await ReportTestData.LoadAsync(factory, id)).SnapshotCode.ShouldNotBe(first);
    }

    [Fact]
    public async Task Another_units_user_and_pegawai_cannot_download_report_excel_or_pack()
    {
        var id = await WorksheetTestKit.DemoAssessmentIdAsync(factory);
        var kua = await EvidenceTestData.UnitIdAsync(factory, "KUA-KLOJEN");
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync("pimpinan.kua@zi.demo") is null)
            {
                var user = new AppUser { UserName = "pimpinan.kua@zi.demo", Email = "pimpinan.kua@zi.demo", FullName = "Kepala KUA", UnitId = kua };
                (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
                await users.AddToRoleAsync(user, Roles.Pimpinan);
            }
            return 0;
        });
        var other = await PortalClient.SignedInAsync(factory, "pimpinan.kua@zi.demo");
        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        string[] urls = [$"/laporan/pdf/{id}?basis=unit", $"/laporan/excel/{id}", $"/laporan/csv/{id}", $"/laporan/paket/{id}", $"/laporan/{id}", $"/cek-pengajuan/{id}"];
        foreach (var url in urls)
        {
            var denied = await other.Http.GetAsync(url);
            denied.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            (await pegawai.Http.GetAsync(url)).ShouldBeDenied();
        }

        foreach (var email in new[] { "pimpinan@zi.demo", "penilai@zi.demo", "admin@zi.demo", "anggota@zi.demo" })
        {
            var allowed = await PortalClient.SignedInAsync(factory, email);
            (await allowed.Http.GetAsync($"/laporan/excel/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK, email);
        }
        (await (await PortalClient.SignedInAsync(factory, "ketua@zi.demo")).Http.GetAsync($"/laporan/pdf/{id}?basis=semua")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static string LineStarting(string page, string start) =>
        page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal))
        ?? throw new ShouldAssertException($"No line starting with '{start}' in:\n{page}");
}
