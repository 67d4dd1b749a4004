using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.SubmissionCheck;

public sealed record SubmissionCheckPageViewModel(AssessmentHeader Header, SubmissionCheckResult Result, string? Filter);

/// <summary>"Pemeriksaan sebelum pengajuan": the check as a page to work from (links to the question, the evidence, the upload).</summary>
[Authorize(Policy = Permissions.ViewAssessments)]
[Route("cek-pengajuan")]
public sealed class SubmissionCheckController(SubmissionCheckService check, AssessmentAccess access) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Index(int id, string? status, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var result = await check.RunAsync(id, ct);
        return View(new SubmissionCheckPageViewModel(AssessmentService.Header(ctx), result, status));
    }
}
