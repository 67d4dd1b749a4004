namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>The dates (inclusive, in the unit's time zone) in which a stage is open for editing.</summary>
public class StageWindow
{
    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public AssessmentStage Stage { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }

    private StageWindow()
    {
    }

    internal StageWindow(AssessmentStage stage, DateOnly start, DateOnly end)
    {
        Stage = stage;
        Change(start, end);
    }

    public bool Contains(DateOnly day) => day >= StartDate && day <= EndDate;

    internal void Change(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new Common.DomainException($"Tanggal selesai tahap {Stage.Label()} tidak boleh sebelum tanggal mulai.");
        }
        StartDate = start;
        EndDate = end;
    }
}
