using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Reports;

/// <summary>Report downloads of an assessment: PDF (basis unit/assessor/both), Excel, answers CSV and the TPN pack.</summary>
[Authorize(Policy = Permissions.ViewAssessments)]
[Route("laporan")]
public sealed class ReportsController(ReportService reports) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Index(int id, CancellationToken ct) => View(await reports.PageAsync(id, ct));

    [CachedPage]
    [HttpGet("pdf/{id:int?}")]
    public async Task<IActionResult> Pdf(int id, string? basis, CancellationToken ct) =>
        ReportBases.Parse(basis) is { } parsed ? Download(await reports.PdfAsync(id, parsed, ct)) : BadBasis();

    [HttpGet("excel/{id:int?}")]
    public async Task<IActionResult> Excel(int id, CancellationToken ct) => Download(await reports.ExcelAsync(id, ct));

    [HttpGet("csv/{id:int?}")]
    public async Task<IActionResult> Csv(int id, CancellationToken ct) => Download(await reports.CsvAsync(id, ct));

    [HttpGet("paket/{id:int?}")]
    public async Task<IActionResult> Pack(int id, string? basis, CancellationToken ct)
    {
        if (ReportBases.Parse(basis) is not { } parsed)
        {
            return BadBasis();
        }
        var data = await reports.LoadAsync(id, ct);
        return new FileCallbackResult("application/zip", ReportService.PackFileName(data), (body, token) => reports.WritePackAsync(data, parsed, body, token));
    }

    private BadRequestObjectResult BadBasis() => BadRequest("Basis laporan harus unit, assessor atau both.");

    private FileContentResult Download(ReportFile file)
    {
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
