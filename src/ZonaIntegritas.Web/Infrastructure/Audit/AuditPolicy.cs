using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.Web.Infrastructure.Audit;

/// <summary>
/// What the audit log records: which entity types (by name), which fields are never stored (secrets) or skipped
/// (bookkeeping), and how a value is written. Everything not listed here is not audited (docs/audit.md).
/// </summary>
public static class AuditPolicy
{
    /// <summary>Audited entity types and the name they are logged under.</summary>
    public static readonly IReadOnlyDictionary<Type, string> Names = new Dictionary<Type, string>
    {
        // Answers, assessments and stage transitions
        [typeof(Assessment)] = nameof(Assessment),
        [typeof(UnitAnswer)] = nameof(UnitAnswer),
        [typeof(AssessorAnswer)] = nameof(AssessorAnswer),
        [typeof(HasilEntry)] = nameof(HasilEntry),
        [typeof(StageTransition)] = nameof(StageTransition),
        [typeof(StageWindow)] = nameof(StageWindow),
        [typeof(ExternalStageResult)] = nameof(ExternalStageResult),
        // Evidence: metadata, revisions, links, reviews, deletion and restore
        [typeof(EvidenceItem)] = nameof(EvidenceItem),
        [typeof(EvidenceRevision)] = nameof(EvidenceRevision),
        [typeof(EvidenceLink)] = nameof(EvidenceLink),
        [typeof(EvidenceReview)] = nameof(EvidenceReview),
        // Rosters
        [typeof(TeamDecree)] = nameof(TeamDecree),
        [typeof(TeamMembership)] = nameof(TeamMembership),
        [typeof(ChangeAgentDecree)] = nameof(ChangeAgentDecree),
        [typeof(ChangeAgent)] = nameof(ChangeAgent),
        [typeof(StaffMember)] = nameof(StaffMember),
        [typeof(AreaAssignment)] = nameof(AreaAssignment),
        // Work plan
        [typeof(WorkPlan)] = nameof(WorkPlan),
        [typeof(WorkPlanItem)] = nameof(WorkPlanItem),
        [typeof(WorkPlanApproval)] = nameof(WorkPlanApproval),
        [typeof(WorkPlanItemEvidence)] = nameof(WorkPlanItemEvidence),
        [typeof(WorkPlanItemQuestion)] = nameof(WorkPlanItemQuestion),
        [typeof(WorkPlanItemHelper)] = nameof(WorkPlanItemHelper),
        [typeof(MonitoringEntry)] = nameof(MonitoringEntry),
        // Integrity pacts
        [typeof(PactCampaign)] = nameof(PactCampaign),
        [typeof(PactParticipant)] = nameof(PactParticipant),
        [typeof(PactSignature)] = nameof(PactSignature),
        [typeof(IntegrityPactTemplate)] = nameof(IntegrityPactTemplate),
        [typeof(IntegrityPactTemplateVersion)] = nameof(IntegrityPactTemplateVersion),
        // Users, roles, units
        [typeof(AppUser)] = "AppUser",
        [typeof(IdentityUserRole<string>)] = "UserRole",
        [typeof(IdentityRole)] = "Role",
        [typeof(OrgUnit)] = "OrgUnit",
    };

    /// <summary>Secrets: never stored. A change is recorded as "[disembunyikan]" so the fact of it stays visible.</summary>
    public static bool IsSecret(string property) =>
        property is nameof(AppUser.PasswordHash) or nameof(AppUser.SecurityStamp) or nameof(AppUser.ConcurrencyStamp)
        || property.Contains("Token", StringComparison.OrdinalIgnoreCase)
        || property.Contains("Secret", StringComparison.OrdinalIgnoreCase)
        || property.Contains("AuthenticatorKey", StringComparison.OrdinalIgnoreCase)
        || property.Contains("RecoveryCode", StringComparison.OrdinalIgnoreCase);

    /// <summary>Bookkeeping columns that the row's own time and actor already say, or derived copies.</summary>
    public static bool IsSkipped(string property) =>
        property is "CreatedAtUtc" or "CreatedBy" or "UpdatedAtUtc" or "UpdatedBy"
            or nameof(AppUser.NormalizedEmail) or nameof(AppUser.NormalizedUserName) or nameof(IdentityRole.NormalizedName);

    public const string Redacted = "[disembunyikan]";

    /// <summary>Longer text is stored as its hash and length (signature images, template bodies).</summary>
    public const int MaxTextLength = 2000;

    public static string? Format(object? value) => value switch
    {
        null => null,
        string s when s.Length > MaxTextLength => $"sha256:{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)))} ({s.Length} karakter)",
        string s => s,
        byte[] bytes => $"sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))} ({bytes.Length} bita)",
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => e.WrittenName(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
