using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>Revisions, reviews, links, carry-over, delete/restore, the list filters and the per-question page.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class EvidenceWorkflowTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(EvidenceWorkflowTests));

    [Fact]
    public async Task A_new_version_keeps_the_old_one_and_awaits_review()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var penilai = await EvidenceClient.SignedInAsync(factory, "penilai@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var v1 = EvidenceTestData.Pdf("versi 1");
        var v2 = EvidenceTestData.Pdf("versi 2");
        var (_, created) = await ketua.UploadAsync(v1, "rencana.pdf", office, "PPA2A");
        var itemId = created.Id!.Value;
        var (linkId, rev1) = await LinkAndRevisionAsync(itemId);

        (await Review(penilai, linkId, rev1, "Accepted", "")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync(linkId)).ShouldBe(EvidenceLinkState.Accepted);

        var same = await ketua.UploadRevisionAsync(itemId, v1, "rencana.pdf");
        same.Status.ShouldBe(HttpStatusCode.BadRequest);
        same.Body.Message.ShouldBe("Berkas ini sama persis dengan versi saat ini; tidak ada versi baru yang disimpan.");

        var (status, body) = await ketua.UploadRevisionAsync(itemId, v2, "rencana-revisi.pdf");
        status.ShouldBe(HttpStatusCode.OK, body.Message);
        body.Message.ShouldBe("Versi 2 berhasil diunggah.");

        var revisions = await factory.WithDbAsync(db => db.Set<EvidenceRevision>().Where(r => r.EvidenceItemId == itemId).OrderBy(r => r.Number).ToListAsync());
        revisions.Select(r => r.Number).ShouldBe([1, 2]);
        revisions[0].StoredFileSha256.ShouldBe(Sha(v1));
        revisions[1].StoredFileSha256.ShouldBe(Sha(v2));
        revisions.ShouldAllBe(r => r.UploadedById != null);
        (await StateAsync(linkId)).ShouldBe(EvidenceLinkState.NewVersionPending);

        (await (await ketua.Http.GetAsync($"/eviden/berkas/unduh/{itemId}?revision=1")).Content.ReadAsByteArrayAsync()).ShouldBe(v1);
        (await (await ketua.Http.GetAsync($"/eviden/berkas/unduh/{itemId}")).Content.ReadAsByteArrayAsync()).ShouldBe(v2);

        var details = await ketua.GetDocumentAsync($"/eviden/{itemId}");
        details.QuerySelector("[data-testid=link-state]")!.TextContent.ShouldBe("Versi baru menunggu reviu");
        details.QuerySelectorAll("[data-testid=revision-table] tbody tr").Length.ShouldBe(2);

        // A review posted from a page showing version 1 is refused: the reviewer must see the new version.
        await Review(penilai, linkId, rev1, "Rejected", "Tidak sesuai");
        (await factory.WithDbAsync(db => db.Set<EvidenceReview>().CountAsync(r => r.EvidenceLinkId == linkId))).ShouldBe(1);

        (await Review(penilai, linkId, revisions[1].Id, "NeedsFix", "Lengkapi tanda tangan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync(linkId)).ShouldBe(EvidenceLinkState.NeedsFix);
        var reviews = await factory.WithDbAsync(db => db.Set<EvidenceReview>().Where(r => r.EvidenceLinkId == linkId).OrderBy(r => r.Id).ToListAsync());
        reviews.Select(r => r.EvidenceRevisionId).ShouldBe([rev1, revisions[1].Id]);
        reviews[1].Note.ShouldBe("Lengkapi tanda tangan");
    }

    [Fact]
    public async Task Rejecting_without_a_note_is_refused()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var penilai = await EvidenceClient.SignedInAsync(factory, "penilai@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var (_, created) = await ketua.UploadAsync(EvidenceTestData.Pdf("catatan"), "x.pdf", office, "PPB1A");
        var (linkId, rev) = await LinkAndRevisionAsync(created.Id!.Value);

        var response = await Review(penilai, linkId, rev, "Rejected", "");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await penilai.GetDocumentAsync(response.Headers.Location!.ToString());
        page.QuerySelector(".alert-danger")!.TextContent.ShouldContain("Catatan wajib diisi untuk hasil Perlu Perbaikan atau Ditolak.");
        (await StateAsync(linkId)).ShouldBe(EvidenceLinkState.Pending);
    }

    [Fact]
    public async Task Deleting_shows_every_supported_question_and_ketua_can_restore_within_30_days()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        const int year = 2016;
        var (_, created) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("SK")), "sk.pdf", EvidenceClient.Fields(office, ["PPA1A", "PPA1B"], year: year));
        var itemId = created.Id!.Value;
        (await ketua.PostAsync("/eviden/tautkan", new() { ["ItemId"] = $"{itemId}", ["Year"] = $"{year - 1}", ["QuestionCode"] = "PPA1A" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var confirm = await ketua.GetDocumentAsync($"/eviden/hapus/{itemId}");
        confirm.QuerySelector("[data-testid=supported-count]")!.TextContent.ShouldBe("3");
        var listed = confirm.QuerySelectorAll("[data-testid=supported-questions] li").Select(li => li.TextContent).ToList();
        listed.Count(t => t.Contains("PPA1A")).ShouldBe(2);
        listed.ShouldContain(t => t.Contains("PPA1B") && t.Contains("Anggota tim dipilih melalui prosedur"));

        // Without the confirmation tick nothing happens.
        (await ketua.PostAsync($"/eviden/hapus/{itemId}", [])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DeletedAtAsync(itemId)).ShouldBeNull();

        (await ketua.PostAsync($"/eviden/hapus/{itemId}", new() { ["confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DeletedAtAsync(itemId)).ShouldNotBeNull();
        (await ketua.GetDocumentAsync("/eviden")).QuerySelector($"tr[data-evidence-id='{itemId}']").ShouldBeNull();
        var trash = await ketua.GetDocumentAsync("/eviden?deleted=true");
        trash.QuerySelector($"tr[data-evidence-id='{itemId}'] [data-testid=restore-button]").ShouldNotBeNull();

        var anggota = await EvidenceClient.SignedInAsync(factory, "anggota@zi.demo");
        (await anggota.Http.GetAsync($"/eviden/{itemId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anggota.Http.GetAsync($"/eviden/berkas/unduh/{itemId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var summary = await CountsAsync(office, year);
        summary.ForQuestion("PPA1B").Total.ShouldBe(0);

        (await ketua.PostAsync($"/eviden/pulihkan/{itemId}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DeletedAtAsync(itemId)).ShouldBeNull();
        (await CountsAsync(office, year)).ForQuestion("PPA1B").Total.ShouldBe(1);

        // After 30 days the item stays deleted.
        (await ketua.PostAsync($"/eviden/hapus/{itemId}", new() { ["confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await factory.WithDbAsync(async db =>
        {
            var item = await db.Set<EvidenceItem>().SingleAsync(i => i.Id == itemId);
            item.DeletedAtUtc = DateTime.UtcNow.AddDays(-31);
            await db.SaveChangesAsync();
        });
        var late = await ketua.PostAsync($"/eviden/pulihkan/{itemId}", []);
        var page = await ketua.GetDocumentAsync(late.Headers.Location!.ToString());
        page.QuerySelector(".alert-danger")!.TextContent.ShouldContain("lebih dari 30 hari tidak dapat dipulihkan");
        (await DeletedAtAsync(itemId)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Carry_over_copies_last_years_links_marked_for_revalidation()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        const int from = 2021;
        const int to = 2022;
        var (_, a) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("SK 2021")), "sk.pdf", EvidenceClient.Fields(office, ["PPA1A", "PPA1B"], year: from));
        var (_, b) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("PK 2021")), "pk.pdf", EvidenceClient.Fields(office, ["PPC4A"], year: from));
        (await ketua.PostAsync("/eviden/tautkan", new() { ["ItemId"] = $"{b.Id}", ["Year"] = $"{to}", ["QuestionCode"] = "PPC4A" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await ketua.PostAsync("/eviden/bawa-ke-tahun-ini", new() { ["UnitId"] = $"{office}", ["FromYear"] = $"{from}", ["ToYear"] = $"{to}" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await ketua.GetDocumentAsync(response.Headers.Location!.ToString());
        page.QuerySelector(".alert-success")!.TextContent.ShouldContain("2 tautan eviden dibawa dari tahun 2021 ke 2022");

        var links = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.UnitId == office && l.Year == to).ToListAsync());
        links.Where(l => l.EvidenceItemId == a.Id).Select(l => l.QuestionCode).Order().ShouldBe(["PPA1A", "PPA1B"]);
        links.Where(l => l.EvidenceItemId == a.Id).ShouldAllBe(l => l.NeedsRevalidation);
        links.Single(l => l.EvidenceItemId == b.Id).NeedsRevalidation.ShouldBeFalse("an existing link stays as it is");
        (await CountsAsync(office, to)).ForArea("A").NeedsRevalidation.ShouldBe(2);

        // Running it again adds nothing; the coordinator can call the service on assessment creation.
        var again = await factory.WithScopeAsync(async sp => await AsUser(sp, office).CarryOverAsync(office, from, to));
        again.ShouldBe(0);

        // Confirming a link clears the flag.
        var linkId = links.First(l => l.EvidenceItemId == a.Id).Id;
        (await ketua.PostAsync($"/eviden/validasi-ulang/{linkId}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.Id == linkId).Select(l => l.NeedsRevalidation).SingleAsync())).ShouldBeFalse();

        (await (await EvidenceClient.SignedInAsync(factory, "anggota@zi.demo")).PostAsync("/eviden/bawa-ke-tahun-ini",
            new() { ["UnitId"] = $"{office}", ["FromYear"] = $"{from}", ["ToYear"] = $"{to}" })).ShouldBeDenied();
    }

    [Fact]
    public async Task Question_page_lists_evidence_and_attaches_existing_items()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var year = EvidenceClient.ThisYear;
        var (_, sk) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("SK Tim")), "sk.pdf", EvidenceClient.Fields(office, ["PPA4D"], title: "SK Tim Kerja lampiran"));
        var (_, other) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("Undangan")), "undangan.pdf", EvidenceClient.Fields(office, ["PPA3B"], title: "Undangan rapat pembentukan"));

        var page = await ketua.GetDocumentAsync($"/eviden/pertanyaan?unitId={office}&year={year}&code=PPA4D");
        page.QuerySelector("[data-testid=question-code]")!.TextContent.ShouldBe("PPA4D");
        page.QuerySelectorAll("[data-testid=question-evidence-title]").Select(a => a.TextContent).ShouldBe(["SK Tim Kerja lampiran"]);
        page.QuerySelector("[data-testid=upload-new-link]")!.GetAttribute("href").ShouldBe($"/eviden/unggah?unitId={office}&year={year}&question=PPA4D");

        var search = await ketua.GetDocumentAsync($"/eviden/pertanyaan?unitId={office}&year={year}&code=PPA4D&q=undangan rapat");
        var form = HtmlForm.From(search, "[data-testid=attach-candidates] form", "/eviden/pertanyaan");
        form["ItemId"].ShouldBe($"{other.Id}");
        var response = await ketua.Http.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/eviden/pertanyaan?unitId=");

        var after = await ketua.GetDocumentAsync($"/eviden/pertanyaan?unitId={office}&year={year}&code=PPA4D");
        after.QuerySelectorAll("[data-testid=question-evidence-title]").Select(a => a.TextContent).Order().ShouldBe(["SK Tim Kerja lampiran", "Undangan rapat pembentukan"]);
        after.QuerySelector("[data-testid=link-counts] [data-count=pending]")!.TextContent.ShouldBe("Menunggu 2");

        // Unlink from the question page.
        var otherLink = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == other.Id && l.QuestionCode == "PPA4D").Select(l => l.Id).SingleAsync());
        var unlink = HtmlForm.From(after, $"[data-link-id='{otherLink}'] form[action^='/eviden/lepas-tautan']", "/eviden/pertanyaan");
        (await ketua.Http.PostAsync(unlink.Action, new FormUrlEncodedContent(unlink.Fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ketua.GetDocumentAsync($"/eviden/pertanyaan?unitId={office}&year={year}&code=PPA4D"))
            .QuerySelectorAll("[data-testid=question-evidence-title]").Select(a => a.TextContent).ShouldBe(["SK Tim Kerja lampiran"]);

        // Linking to an unknown question or twice gives a clear message.
        var bad = await ketua.PostAsync("/eviden/tautkan", new() { ["ItemId"] = $"{sk.Id}", ["Year"] = $"{year}", ["QuestionCode"] = "XYZ" });
        (await ketua.GetDocumentAsync(bad.Headers.Location!.ToString())).QuerySelector(".alert-danger")!.TextContent.ShouldContain("Kode pertanyaan LKE tidak dikenal: XYZ.");
        var blank = await ketua.PostAsync("/eviden/tautkan", new() { ["ItemId"] = $"{sk.Id}", ["Year"] = $"{year}", ["QuestionCode"] = "" });
        blank.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a blank question code is a message, not a 500");
        (await ketua.GetDocumentAsync(blank.Headers.Location!.ToString())).QuerySelector(".alert-danger")!.TextContent.ShouldContain("Kode pertanyaan LKE wajib diisi.");
        var twice = await ketua.PostAsync("/eviden/tautkan", new() { ["ItemId"] = $"{sk.Id}", ["Year"] = $"{year}", ["QuestionCode"] = "ppa4d" });
        (await ketua.GetDocumentAsync(twice.Headers.Location!.ToString())).QuerySelector(".alert-danger")!.TextContent.ShouldContain("sudah ditautkan ke PPA4D");
    }

    [Fact]
    public async Task List_filters_by_area_question_status_uploader_year_and_text()
    {
        // anggota@ may edit areas A and B (demo Tim ZI decree).
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var anggota = await EvidenceClient.SignedInAsync(factory, "anggota@zi.demo");
        var penilai = await EvidenceClient.SignedInAsync(factory, "penilai@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        const int year = 2019;
        var (_, e1) = await anggota.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("UPG")), "upg.pdf", EvidenceClient.Fields(office, ["PPA1A"], year: year, title: "SK Unit Pengendali Gratifikasi"));
        var (_, e2) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("Maklumat")), "maklumat.pdf", EvidenceClient.Fields(office, ["PPF1A"], year: year, title: "Maklumat pelayanan"));
        var (_, e3) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("Tanpa")), "tanpa.pdf", EvidenceClient.Fields(office, [], area: "B", year: year, title: "Peta proses bisnis"));
        var (linkId, rev) = await LinkAndRevisionAsync(e2.Id!.Value);
        await Review(penilai, linkId, rev, "Accepted", "");

        async Task<List<string>> Titles(string query) =>
            (await ketua.GetDocumentAsync($"/eviden?unitId={office}&year={year}&{query}")).QuerySelectorAll("[data-testid=evidence-title]").Select(a => a.TextContent).ToList();

        (await Titles("")).Order().ShouldBe(["Maklumat pelayanan", "Peta proses bisnis", "SK Unit Pengendali Gratifikasi"]);
        (await Titles("area=A")).ShouldBe(["SK Unit Pengendali Gratifikasi"]);
        (await Titles("question=ppf1a")).ShouldBe(["Maklumat pelayanan"]);
        (await Titles("status=diterima")).ShouldBe(["Maklumat pelayanan"]);
        (await Titles("status=menunggu")).ShouldBe(["SK Unit Pengendali Gratifikasi"]);
        (await Titles("status=tanpa-tautan")).ShouldBe(["Peta proses bisnis"]);
        var anggotaId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.Id).SingleAsync());
        (await Titles($"uploader={anggotaId}")).ShouldBe(["SK Unit Pengendali Gratifikasi"]);
        (await Titles("q=GRATIFIKASI")).ShouldBe(["SK Unit Pengendali Gratifikasi"]);
        (await Titles("q=upg.pdf")).ShouldBe(["SK Unit Pengendali Gratifikasi"]);
        (await Titles("q=otomatis")).Count.ShouldBe(3);
        (await ketua.GetDocumentAsync($"/eviden?unitId={office}&year=2018")).QuerySelectorAll("[data-testid=evidence-title]").ShouldBeEmpty();
        e3.Ok.ShouldBeTrue();
        e1.Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Area_counts_and_quota_add_up()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var penilai = await EvidenceClient.SignedInAsync(factory, "penilai@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        const int year = 2018;
        var pdf = EvidenceTestData.Pdf("hitung");
        var (_, x) = await ketua.UploadAsync(new ByteArrayContent(pdf), "x.pdf", EvidenceClient.Fields(office, ["PPD1A", "PPD1B"], year: year));
        var (_, y) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("hitung 2")), "y.pdf", EvidenceClient.Fields(office, ["PPD1A"], year: year));
        var links = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.UnitId == office && l.Year == year)
            .Select(l => new { l.Id, l.QuestionCode, l.EvidenceItemId, Rev = l.Item!.CurrentRevisionId!.Value }).ToListAsync());
        var xa = links.Single(l => l.EvidenceItemId == x.Id && l.QuestionCode == "PPD1A");
        var xb = links.Single(l => l.EvidenceItemId == x.Id && l.QuestionCode == "PPD1B");
        await Review(penilai, xa.Id, xa.Rev, "Accepted", "");
        await Review(penilai, xb.Id, xb.Rev, "Rejected", "Bukan dokumen yang diminta");

        var counts = await CountsAsync(office, year);
        counts.ForQuestion("PPD1A").ShouldBe(new EvidenceLinkCounts(1, 1, 0, 0, 0, 0));
        counts.ForQuestion("PPD1B").ShouldBe(new EvidenceLinkCounts(0, 0, 0, 1, 0, 0));
        counts.ForArea("D").ShouldBe(new EvidenceLinkCounts(1, 1, 0, 1, 0, 0));
        counts.ForArea("A").Total.ShouldBe(0);

        var summary = await factory.WithScopeAsync(sp => AsUser(sp, office, s => s.GetRequiredService<EvidenceSummaryService>()).GetAreaSummaryAsync(office, year));
        var d = summary.Rows.Single(r => r.AreaCode == "D");
        d.QuestionsWithEvidence.ShouldBe(2);

        var quota = await ketua.GetDocumentAsync($"/eviden/kuota?unitId={office}");
        quota.QuerySelector($"[data-testid=quota-units] tr[data-unit-id='{office}']").ShouldNotBeNull();
        quota.QuerySelector("[data-testid=quota-areas] tr[data-area=D]").ShouldNotBeNull();
        (await (await EvidenceClient.SignedInAsync(factory, "admin@zi.demo")).Http.GetAsync("/eviden/kuota")).StatusCode.ShouldBe(HttpStatusCode.OK);
        y.Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Download_headers_are_safe_and_preview_is_inline_only_for_pdf_and_images()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var (_, pdf) = await ketua.UploadAsync(EvidenceTestData.Pdf("pratinjau"), "Laporan: akhir 2026.pdf", office, "PPA3B");
        var docx = BuildDocx();
        var (status, word) = await ketua.UploadAsync(docx, "notulen.docx", office, "PPA3B");
        status.ShouldBe(HttpStatusCode.OK, word.Message);

        var inline = await ketua.Http.GetAsync($"/eviden/berkas/unduh/{pdf.Id}?inline=true");
        inline.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        inline.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Laporan_ akhir 2026.pdf");
        inline.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        inline.Headers.ETag!.Tag.ShouldBe($"\"{Sha(await inline.Content.ReadAsByteArrayAsync())}\"");

        var office2 = await ketua.Http.GetAsync($"/eviden/berkas/unduh/{word.Id}?inline=true");
        office2.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        office2.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await office2.Content.ReadAsByteArrayAsync()).ShouldBe(docx);

        (await ketua.Http.GetAsync($"/eviden/berkas/unduh/{pdf.Id}?revision=9")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ketua.Http.GetAsync("/eviden/berkas/unduh/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static byte[] BuildDocx()
    {
        using var buffer = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Notulen rapat")))));
        }
        return buffer.ToArray();
    }

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private Task<HttpResponseMessage> Review(EvidenceClient client, int linkId, int revisionId, string status, string note) =>
        client.PostAsync("/eviden/reviu", new() { ["LinkId"] = $"{linkId}", ["RevisionId"] = $"{revisionId}", ["Status"] = status, ["Note"] = note });

    private Task<(int LinkId, int RevisionId)> LinkAndRevisionAsync(int itemId) => factory.WithDbAsync(db => db.Set<EvidenceLink>()
        .Where(l => l.EvidenceItemId == itemId).OrderBy(l => l.Id)
        .Select(l => new ValueTuple<int, int>(l.Id, l.Item!.CurrentRevisionId!.Value)).FirstAsync());

    private async Task<EvidenceLinkState> StateAsync(int linkId)
    {
        var row = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.Id == linkId)
            .Select(l => new { Link = l, l.Item!.CurrentRevisionId }).SingleAsync());
        return row.Link.StateFor(row.CurrentRevisionId);
    }

    private Task<DateTime?> DeletedAtAsync(int itemId) =>
        factory.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == itemId).Select(i => i.DeletedAtUtc).SingleAsync());

    private Task<EvidenceCounts> CountsAsync(int unitId, int year) =>
        factory.WithScopeAsync(sp => AsUser(sp, unitId, s => s.GetRequiredService<EvidenceSummaryService>()).GetAreaCountsAsync(unitId, year));

    private static EvidenceCarryOverService AsUser(IServiceProvider sp, int unitId) => AsUser(sp, unitId, s => s.GetRequiredService<EvidenceCarryOverService>());

    /// <summary>Resolves a service in a scope whose current user is the demo KetuaTim (services check unit scope).</summary>
    private static T AsUser<T>(IServiceProvider sp, int unitId, Func<IServiceProvider, T> resolve)
    {
        var accessor = sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new(System.Security.Claims.ClaimTypes.NameIdentifier, "test"),
            new(System.Security.Claims.ClaimTypes.Role, ZonaIntegritas.Web.Domain.Users.Roles.KetuaTim),
            new(ZonaIntegritas.Web.Infrastructure.Identity.AppClaimTypes.UnitId, unitId.ToString()),
        ], "test"));
        accessor.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = principal, RequestServices = sp };
        _ = sp.GetRequiredService<UnitScope>();
        return resolve(sp);
    }
}
