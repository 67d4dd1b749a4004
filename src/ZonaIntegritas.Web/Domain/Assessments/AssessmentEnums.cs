namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>The predikat a unit aims for in an assessment year.</summary>
public enum TargetPredicate
{
    Wbk = 1,
    Wbbm = 2,
}

/// <summary>
/// The internal stages of an assessment: the unit answers (Penilaian Mandiri), submits (locked), the internal
/// assessors review, the unit revises only the questions marked "Perlu Perbaikan" (Tindak Lanjut), then Final.
/// </summary>
public enum AssessmentStage
{
    PenilaianMandiri = 1,
    Diajukan = 2,
    ReviuInternal = 3,
    TindakLanjut = 4,
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
        AssessmentStage.PenilaianMandiri => "Penilaian Mandiri",
        AssessmentStage.Diajukan => "Diajukan",
        AssessmentStage.ReviuInternal => "Reviu Penilai Internal",
        AssessmentStage.TindakLanjut => "Tindak Lanjut",
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
        [AssessmentStage.PenilaianMandiri, AssessmentStage.ReviuInternal, AssessmentStage.TindakLanjut];
}
