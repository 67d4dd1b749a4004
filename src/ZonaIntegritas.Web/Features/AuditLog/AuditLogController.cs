using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.AuditLog;

/// <summary>"Log Audit": the viewer, its CSV export and the chain check, for administrators (own unit subtree).</summary>
[Authorize(Policy = Permissions.ViewAuditLog)]
[Route("log-audit")]
public sealed class AuditLogController(AuditLogService audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilterInput filter, CancellationToken ct) =>
        View(await audit.ListAsync(filter, ct));

    [HttpGet("ekspor")]
    public async Task<IActionResult> Export([FromQuery] AuditFilterInput filter, CancellationToken ct)
    {
        var csv = await audit.ExportCsvAsync(filter, ct);
        return File(csv, "text/csv; charset=utf-8", $"Log_Audit_{clock.GetUtcNow():yyyyMMdd_HHmm}.csv");
    }

    [HttpGet("verifikasi")]
    public async Task<IActionResult> Verify(CancellationToken ct) =>
        View(new AuditVerifyViewModel(await audit.VerifyAsync(ct)));
}
