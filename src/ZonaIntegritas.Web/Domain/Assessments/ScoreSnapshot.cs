namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>Whose answers a score is computed from: the unit's (Penilaian Mandiri) or the internal assessors'.</summary>
public enum ScoreBasis
{
    Unit = 1,
    Assessor = 2,

    /// <summary>The latest external stage (TPP/TPI/TPN) that gave per-question values, over the assessor basis.</summary>
    External = 3,
}

/// <summary>
/// The total and Pengungkit of one assessment on one basis at the end of one day (the unit's calendar date), for
/// the dashboard's trend. At most one row per assessment, basis and day.
/// </summary>
public class ScoreSnapshot
{
    public long Id { get; private set; }
    public int AssessmentId { get; private set; }
    public ScoreBasis Basis { get; private set; }
    public DateOnly Day { get; private set; }
    public decimal Total { get; private set; }
    public decimal Pengungkit { get; private set; }
    public DateTime TakenAtUtc { get; private set; }

    private ScoreSnapshot()
    {
    }

    public ScoreSnapshot(int assessmentId, ScoreBasis basis, DateOnly day, decimal total, decimal pengungkit, DateTime takenAtUtc)
    {
        AssessmentId = assessmentId;
        Basis = basis;
        Day = day;
        Total = total;
        Pengungkit = pengungkit;
        TakenAtUtc = takenAtUtc;
    }
}
