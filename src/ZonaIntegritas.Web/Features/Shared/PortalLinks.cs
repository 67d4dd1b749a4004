using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Dashboard;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.PactCampaigns;
using ZonaIntegritas.Web.Features.PactSigning;
using ZonaIntegritas.Web.Features.WorkPlans;
using ZonaIntegritas.Web.Features.Worksheet;

namespace ZonaIntegritas.Web.Features.Shared;

/// <summary>
/// Portal paths that services hand to a page or a JSON answer (dashboard widgets, planner rows, upload replies),
/// generated from the route table so a renamed route moves every link with it (ADR 0017). Views and controllers
/// use tag helpers, <c>Url.Action</c> and <c>RedirectToAction</c> instead.
/// </summary>
public sealed class PortalLinks(LinkGenerator links)
{
    /// <summary>The worksheet of an assessment, optionally on a tab and scrolled to a question.</summary>
    public string Worksheet(int assessmentId, string? tab = null, string? questionCode = null) =>
        Path(nameof(WorksheetController.Index), "Worksheet", new { id = assessmentId, tab },
            questionCode is null ? default : new FragmentString("#q-" + questionCode));

    public string Assessment(int assessmentId) => Path(nameof(AssessmentsController.Details), "Assessments", new { id = assessmentId });

    public string Planner(int assessmentId, string? basis = null) =>
        Path(nameof(DashboardController.Planner), "Dashboard", new { assessment = assessmentId, basis });

    public string EvidenceList(int unitId, int year, string? area = null) =>
        Path(nameof(EvidenceController.Index), "Evidence", new { unitId, year, area });

    public string EvidenceQuestion(int unitId, int year, string code) =>
        Path(nameof(EvidenceController.Question), "Evidence", new { unitId, year, code });

    public string EvidenceDetails(int evidenceId) => Path(nameof(EvidenceController.Details), "Evidence", new { id = evidenceId });

    public string WorkPlan(int unitId, int year) => Path(nameof(WorkPlansController.Index), "WorkPlans", new { unitId, year });

    /// <summary>A pact campaign's coverage page.</summary>
    public string PactCampaign(int campaignId) => Path(nameof(PactCampaignsController.Details), "PactCampaigns", new { id = campaignId });

    /// <summary>The page where a staff member signs a campaign's pact.</summary>
    public string PactSigning(int campaignId) => Path(nameof(PactSigningController.Sign), "PactSigning", new { campaignId });

    private string Path(string action, string controller, object values, FragmentString fragment = default) =>
        links.GetPathByAction(action, controller, values, fragment: fragment)
            ?? throw new InvalidOperationException($"No route for {controller}.{action}.");
}
