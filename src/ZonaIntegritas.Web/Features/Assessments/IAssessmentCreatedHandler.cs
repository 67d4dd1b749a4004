namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// Lets other features prepare a new assessment year inside the creating transaction (for example the evidence
/// library carries the unit's question links over from the previous year). Returns a short note in Indonesian
/// for the user, or null.
/// </summary>
public interface IAssessmentCreatedHandler
{
    Task<string?> OnCreatedAsync(int unitId, int year, CancellationToken ct);
}
