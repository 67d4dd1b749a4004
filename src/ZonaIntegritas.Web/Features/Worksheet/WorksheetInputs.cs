namespace ZonaIntegritas.Web.Features.Worksheet;

/// <summary>One question's answer as the worksheet posts it (htmx on change, or a normal form post).</summary>
public sealed class SaveAnswerInput
{
    public string QuestionCode { get; set; } = "";
    public string? OptionKey { get; set; }

    /// <summary>Numeric inputs of a percentage question, posted as <c>Inputs[agen]=4</c>; parsed by the service.</summary>
    public Dictionary<string, string?> Inputs { get; set; } = [];
    public string? Note { get; set; }

    /// <summary>"Kosongkan jawaban": removes the answer, keeps the note.</summary>
    public bool Clear { get; set; }

    /// <summary>The answer version the form was based on (0 = no answer yet); a save from another version is refused.</summary>
    public int? Version { get; set; }
}

/// <summary>One Hasil item (HBA/HPA survey index with its scale, or HBB grade) as the Hasil tab posts it.</summary>
public sealed class SaveHasilInput
{
    public string Code { get; set; } = "";

    /// <summary>Decimal numbers are bound as text and parsed by the service (decimal point or comma).</summary>
    public string? Index { get; set; }
    public string? ScaleMin { get; set; }
    public string? ScaleMax { get; set; }
    public string? OptionKey { get; set; }
    public bool Provisional { get; set; }
    public string? Source { get; set; }
    public bool Clear { get; set; }
}
