namespace ZonaIntegritas.Web.Features.Review;

/// <summary>An internal assessor's answer to one question, with the "Perlu Perbaikan" mark.</summary>
public sealed class SaveAssessorAnswerInput
{
    public string QuestionCode { get; set; } = "";
    public string? OptionKey { get; set; }
    public Dictionary<string, string?> Inputs { get; set; } = [];
    public string? Note { get; set; }
    public bool NeedsFix { get; set; }
    public string? FixNote { get; set; }

    /// <summary>The assessor-answer version the form was based on (0 = none yet); a save from another version is refused.</summary>
    public int? Version { get; set; }
}
