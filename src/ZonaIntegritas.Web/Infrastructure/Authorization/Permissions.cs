using System.Security.Claims;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// The one role → permission map. Controllers use <c>[Authorize(Policy = Permissions.X)]</c> and views ask
/// <c>IAuthorizationService</c>; no role strings elsewhere (an architecture test checks). Unit scope,
/// change-area rights and assessment stages are resource-based handlers on top of these (<see cref="Policies"/>).
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

    /// <summary>Edit worksheet answers, evidence and plan items of every change area of a unit (Ketua Tim).</summary>
    public const string EditAllAreas = "areas.all";

    /// <summary>Edit only the change areas the roster (or the interim assignments) give the user (Anggota Tim).</summary>
    public const string EditAssignedAreas = "areas.assigned";

    /// <summary>Create root units, move a unit to the top (outside every administrator's subtree).</summary>
    public const string ManageRootUnits = "units.root";

    /// <summary>Edit the national (unit-less) pact templates.</summary>
    public const string ManageNationalPactTemplates = "pacts.templates.national";

    /// <summary>Act on every unit, not only the own unit's subtree (Super Admin; every such access is logged).</summary>
    public const string ActOnAllUnits = "units.all";

    /// <summary>Must sign in with a second factor when <c>Security:RequireTwoFactorForAdministrators</c> is on.</summary>
    public const string RequiresTwoFactor = "account.2fa.required";

    /// <summary>Lands on the readiness dashboard ("Kesiapan ZI") after sign-in instead of the home page.</summary>
    public const string LandsOnDashboard = "dashboard.landing";

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
        [EditAllAreas] = [Roles.KetuaTim],
        [EditAssignedAreas] = [Roles.AnggotaTim],
        [ManageRootUnits] = [Roles.SuperAdmin],
        [ManageNationalPactTemplates] = [Roles.Administrator],
        [ActOnAllUnits] = [Roles.SuperAdmin],
        [RequiresTwoFactor] = [Roles.Administrator],
        [LandsOnDashboard] = [Roles.Pimpinan],
    }.ToDictionary(p => p.Key, p => WithSuperAdmin(p.Value));

    public static IEnumerable<string> All => RolesFor.Keys;

    /// <summary>The one role lookup: whether the principal holds the permission through any of its roles.</summary>
    public static bool Has(ClaimsPrincipal user, string permission) =>
        RolesFor.TryGetValue(permission, out var roles) && roles.Any(user.IsInRole);

    /// <summary>Whether any of <paramref name="roles"/> (a user's role names, e.g. before sign-in) holds the permission.</summary>
    public static bool HasAny(IEnumerable<string> roles, string permission) =>
        RolesFor.TryGetValue(permission, out var holders) && roles.Any(holders.Contains);

    /// <summary>Role names a user may be given on the user pages (everything but <see cref="Roles.SuperAdmin"/>).</summary>
    public static IReadOnlyList<string> AssignableRoles => Roles.All;

    /// <summary>The Super Admin holds every permission an Administrator holds (and, above, the global ones).</summary>
    private static string[] WithSuperAdmin(string[] roles) =>
        roles.Contains(Roles.Administrator) && !roles.Contains(Roles.SuperAdmin) ? [.. roles, Roles.SuperAdmin] : roles;
}
