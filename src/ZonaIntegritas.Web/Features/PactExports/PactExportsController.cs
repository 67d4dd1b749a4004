using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Features.PactCampaigns;
using ZonaIntegritas.Web.Features.PactEvidence;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.PactExports;

/// <summary>Downloads of a campaign: participant list (CSV/XLSX), combined PDF, filed evidence files.</summary>
[Authorize(Policy = Permissions.ViewPactCoverage)]
[Route("pakta/kampanye/{id:int}")]
public sealed class PactExportsController(PactCampaignService campaigns, PactCampaignDocuments documents, PactEvidenceService evidence) : Controller
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("daftar.csv")]
    public async Task<IActionResult> Csv(int id, PactListFilter status = PactListFilter.All, CancellationToken ct = default)
    {
        var campaign = await campaigns.LoadAsync(id, Permissions.ViewPactCoverage, ct);
        return File(await documents.CsvAsync(campaign, status, ct), "text/csv; charset=utf-8", ListName(campaign.Title, status, ".csv"));
    }

    [HttpGet("daftar.xlsx")]
    public async Task<IActionResult> Xlsx(int id, PactListFilter status = PactListFilter.All, CancellationToken ct = default)
    {
        var campaign = await campaigns.LoadAsync(id, Permissions.ViewPactCoverage, ct);
        return File(await documents.XlsxAsync(campaign, status, ct), XlsxContentType, ListName(campaign.Title, status, ".xlsx"));
    }

    [HttpGet("gabungan.pdf")]
    public async Task<IActionResult> CombinedPdf(int id, CancellationToken ct)
    {
        var campaign = await campaigns.LoadAsync(id, Permissions.ViewPactCoverage, ct);
        return File(await documents.CombinedPdfAsync(campaign, ct), "application/pdf",
            PactDocumentFactory.FileName("pakta-gabungan", campaign.Title, ".pdf"));
    }

    [HttpGet("eviden/{exportId:int}/{kind:regex(^(pdf|xlsx)$)}")]
    public async Task<IActionResult> EvidenceFile(int id, int exportId, string kind, CancellationToken ct)
    {
        var file = await evidence.FileAsync(id, exportId, kind == "pdf", ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private static string ListName(string title, PactListFilter status, string extension) =>
        PactDocumentFactory.FileName(status switch
        {
            PactListFilter.NotSigned => "belum-tanda-tangan",
            PactListFilter.Signed => "sudah-tanda-tangan",
            _ => "peserta-pakta",
        }, title, extension);
}
