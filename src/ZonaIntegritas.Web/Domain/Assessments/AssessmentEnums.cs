using System.Text.Json.Serialization;

namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>The predikat a unit aims for in an assessment year.</summary>
public enum TargetPredicate
{
    Wbk = 1,
    Wbbm = 2,
}

/// <summary>
/// The internal stages of an assessment: the unit answers (Penilaian Mandiri), submits (Diajukan, locked), the
/// internal assessors review (Reviu Internal), the unit revises only the questions marked "Perlu Perbaikan"
/// (Tindak Lanjut), then Final. Stored as the number; <see cref="JsonStringEnumMemberNameAttribute"/> keeps the
/// name written into JSON and the audit log (<c>AuditPolicy.Format</c>) as it was before the members were English.
/// </summary>
public enum AssessmentStage
{
    [JsonStringEnumMemberName("PenilaianMandiri")]
    SelfAssessment = 1,
    [JsonStringEnumMemberName("Diajukan")]
    Submitted = 2,
    [JsonStringEnumMemberName("ReviuInternal")]
    InternalReview = 3,
    [JsonStringEnumMemberName("TindakLanjut")]
    FollowUp = 4,
    Final = 5,
}

/// <summary>The external evaluation stages whose outcome is recorded (Kemenag: TPP, then TPI Itjen, then TPN).</summary>
public enum ExternalStage
{
    Tpp = 1,
    Tpi = 2,
    Tpn = 3,
}

/// <summary>Whose answer a history row belongs to.</summary>
public enum AnswerSource
{
    Unit = 1,
    Assessor = 2,
}

public static class AssessmentLabels
{
    public static string Label(this TargetPredicate target) => target == TargetPredicate.Wbbm ? "WBBM" : "WBK";

    public static string Label(this AssessmentStage stage) => stage switch
    {
        AssessmentStage.SelfAssessment => "Penilaian Mandiri",
        AssessmentStage.Submitted => "Diajukan",
        AssessmentStage.InternalReview => "Reviu Penilai Internal",
        AssessmentStage.FollowUp => "Tindak Lanjut",
        AssessmentStage.Final => "Final",
        _ => stage.ToString(),
    };

    public static string Label(this ExternalStage stage) => stage switch
    {
        ExternalStage.Tpp => "TPP (Penilaian Pendahuluan)",
        ExternalStage.Tpi => "TPI (Inspektorat Jenderal)",
        ExternalStage.Tpn => "TPN (Tim Penilai Nasional)",
        _ => stage.ToString(),
    };

    public static string Label(this AnswerSource source) => source == AnswerSource.Assessor ? "Penilai Internal" : "Unit";

    /// <summary>The stages that have an editing window (answers can change only inside it).</summary>
    public static readonly IReadOnlyList<AssessmentStage> WindowedStages =
        [AssessmentStage.SelfAssessment, AssessmentStage.InternalReview, AssessmentStage.FollowUp];
}
