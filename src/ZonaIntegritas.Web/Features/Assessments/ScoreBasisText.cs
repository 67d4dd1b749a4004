using ZonaIntegritas.Web.Domain.Assessments;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>The one place that names a score basis: its query-string key and its label.</summary>
public static class ScoreBasisText
{
    public static string Key(this ScoreBasis basis) => basis switch
    {
        ScoreBasis.Assessor => "penilai",
        ScoreBasis.External => "eksternal",
        _ => "mandiri",
    };

    public static string Label(this ScoreBasis basis) => basis switch
    {
        ScoreBasis.Assessor => "Penilai Internal",
        ScoreBasis.External => "Hasil eksternal",
        _ => "Penilaian Mandiri",
    };

    /// <summary>The basis of a query-string key; anything unknown is the unit's own (Penilaian Mandiri).</summary>
    public static ScoreBasis Parse(string? key) => key switch
    {
        "penilai" => ScoreBasis.Assessor,
        "eksternal" => ScoreBasis.External,
        _ => ScoreBasis.Unit,
    };
}
