using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// The one role → permission map. Controllers use <c>[Authorize(Policy = Permissions.X)]</c> and views ask
/// <c>IAuthorizationService</c>; no role strings elsewhere. Unit scope and change-area rights are checked on
/// top of these by <see cref="UnitScope"/> and <see cref="IChangeAreaAccess"/>.
/// </summary>
public static class Permissions
{
    public const string ManageUnits = "units.manage";
    public const string ManageUsers = "users.manage";
    public const string ViewStaff = "staff.view";
    public const string ManageStaff = "staff.manage";

    public const string ManageLkeTemplates = "lke.templates.manage";
    public const string ViewAssessments = "assessments.view";
    public const string ManageAssessments = "assessments.manage";
    public const string AnswerWorksheet = "assessments.answer";
    public const string ReviewAssessments = "assessments.review";

    /// <summary>Submit and re-submit the self-assessment (the Tim ZI, through its Ketua).</summary>
    public const string SubmitAssessments = "assessments.submit";

    /// <summary>Persetujuan pimpinan: approve the self-assessment before it is submitted (kepala kantor).</summary>
    public const string ApproveAssessments = "assessments.approve";
    public const string EditHasil = "assessments.hasil";

    public const string ViewEvidence = "evidence.view";
    public const string UploadEvidence = "evidence.upload";
    public const string ReviewEvidence = "evidence.review";
    public const string ManageEvidence = "evidence.manage";

    public const string ViewRosters = "rosters.view";
    public const string ManageRosters = "rosters.manage";
    public const string ViewWorkPlan = "workplan.view";
    public const string EditWorkPlan = "workplan.edit";
    public const string ApproveWorkPlan = "workplan.approve";
    public const string ViewChangeAgents = "changeagents.view";

    public const string SignPacts = "pacts.sign";
    public const string ManagePacts = "pacts.manage";
    public const string ViewPactCoverage = "pacts.coverage";
    public const string VoidPactSignatures = "pacts.void";

    public const string ViewDashboard = "dashboard.view";
    public const string ViewRollup = "dashboard.rollup";
    public const string PushPlanner = "dashboard.planner.push";

    /// <summary>The audit log viewer, its CSV export, chain verification and the per-object "Riwayat".</summary>
    public const string ViewAuditLog = "audit.view";

    private static readonly string[] Readers = [Roles.Administrator, Roles.Pimpinan, Roles.KetuaTim, Roles.AnggotaTim, Roles.PenilaiInternal];

    public static readonly IReadOnlyDictionary<string, string[]> RolesFor = new Dictionary<string, string[]>
    {
        [ManageUnits] = [Roles.Administrator],
        [ManageUsers] = [Roles.Administrator],
        [ViewStaff] = Readers,
        [ManageStaff] = [Roles.Administrator, Roles.KetuaTim],

        [ManageLkeTemplates] = [Roles.Administrator],
        [ViewAssessments] = Readers,
        [ManageAssessments] = [Roles.Administrator, Roles.KetuaTim],
        [AnswerWorksheet] = [Roles.KetuaTim, Roles.AnggotaTim],
        [ReviewAssessments] = [Roles.PenilaiInternal],
        [SubmitAssessments] = [Roles.KetuaTim],
        [ApproveAssessments] = [Roles.Pimpinan],
        [EditHasil] = [Roles.KetuaTim],

        [ViewEvidence] = Readers,
        [UploadEvidence] = [Roles.KetuaTim, Roles.AnggotaTim],
        [ReviewEvidence] = [Roles.PenilaiInternal],
        [ManageEvidence] = [Roles.KetuaTim],

        [ViewRosters] = [.. Roles.All],
        [ManageRosters] = [Roles.Administrator, Roles.KetuaTim],
        [ViewWorkPlan] = Readers,
        [EditWorkPlan] = [Roles.KetuaTim, Roles.AnggotaTim],
        [ApproveWorkPlan] = [Roles.Pimpinan],
        [ViewChangeAgents] = Readers,

        [SignPacts] = [.. Roles.All],
        [ManagePacts] = [Roles.Administrator, Roles.KetuaTim],
        [ViewPactCoverage] = [Roles.Administrator, Roles.Pimpinan, Roles.KetuaTim],
        [VoidPactSignatures] = [Roles.Administrator],

        [ViewDashboard] = Readers,
        [ViewRollup] = [Roles.Administrator, Roles.Pimpinan, Roles.KetuaTim, Roles.PenilaiInternal],
        [PushPlanner] = [Roles.Pimpinan, Roles.KetuaTim],

        [ViewAuditLog] = [Roles.Administrator],
    };

    public static IEnumerable<string> All => RolesFor.Keys;
}
