using FluentValidation;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Features.LkeVersions;

public sealed class EditLkeQuestionInput
{
    public string Text { get; set; } = "";

    /// <summary>Typical evidence, one document per line.</summary>
    public string TypicalEvidence { get; set; } = "";

    public IReadOnlyList<string> EvidenceLines() =>
        TypicalEvidence.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

public sealed class EditLkeQuestionInputValidator : AbstractValidator<EditLkeQuestionInput>
{
    public EditLkeQuestionInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Teks pertanyaan wajib diisi.")
            .MaximumLength(LkeQuestion.TextMaxLength).WithMessage($"Teks pertanyaan paling banyak {LkeQuestion.TextMaxLength} karakter.");
        RuleFor(x => x.EvidenceLines()).Must(lines => lines.All(l => l.Length <= LkeQuestion.EvidenceMaxLength))
            .OverridePropertyName(nameof(EditLkeQuestionInput.TypicalEvidence))
            .WithMessage($"Setiap baris contoh eviden paling banyak {LkeQuestion.EvidenceMaxLength} karakter.");
    }
}

/// <summary>Gate settings as the form shows them: area minima in percent of the area weight.</summary>
public sealed class EditLkeGatesInput
{
    public AreaCheckMode AreaMode { get; set; } = AreaCheckMode.PerHalf;
    public decimal WbkTotalMin { get; set; }
    public decimal WbkAreaMinPercent { get; set; }
    public decimal WbkHbaMin { get; set; }
    public decimal WbkHbbMin { get; set; }
    public decimal WbkHbaPlusHbbMin { get; set; }
    public decimal WbkHpaMin { get; set; }
    public decimal WbbmTotalMin { get; set; }
    public decimal WbbmAreaMinPercent { get; set; }
    public decimal WbbmHbaMin { get; set; }
    public decimal WbbmHbbMin { get; set; }
    public decimal WbbmHbaPlusHbbMin { get; set; }
    public decimal WbbmHpaMin { get; set; }
    public bool WbbmRequiresWbk { get; set; } = true;

    public static EditLkeGatesInput From(GateSettings g) => new()
    {
        AreaMode = g.AreaMode,
        WbkTotalMin = LkeDecimal.Trim(g.Wbk.TotalMin),
        WbkAreaMinPercent = LkeDecimal.Trim(g.Wbk.AreaMinFraction * 100m),
        WbkHbaMin = LkeDecimal.Trim(g.Wbk.HbaMin),
        WbkHbbMin = LkeDecimal.Trim(g.Wbk.HbbMin),
        WbkHbaPlusHbbMin = LkeDecimal.Trim(g.Wbk.HbaPlusHbbMin),
        WbkHpaMin = LkeDecimal.Trim(g.Wbk.HpaMin),
        WbbmTotalMin = LkeDecimal.Trim(g.Wbbm.TotalMin),
        WbbmAreaMinPercent = LkeDecimal.Trim(g.Wbbm.AreaMinFraction * 100m),
        WbbmHbaMin = LkeDecimal.Trim(g.Wbbm.HbaMin),
        WbbmHbbMin = LkeDecimal.Trim(g.Wbbm.HbbMin),
        WbbmHbaPlusHbbMin = LkeDecimal.Trim(g.Wbbm.HbaPlusHbbMin),
        WbbmHpaMin = LkeDecimal.Trim(g.Wbbm.HpaMin),
        WbbmRequiresWbk = g.Wbbm.RequiresWbk,
    };

    public GateSettings ToSettings() => new(
        new PredicateGate(WbkTotalMin, WbkAreaMinPercent / 100m, WbkHbaMin, WbkHbbMin, WbkHbaPlusHbbMin, WbkHpaMin, RequiresWbk: false),
        new PredicateGate(WbbmTotalMin, WbbmAreaMinPercent / 100m, WbbmHbaMin, WbbmHbbMin, WbbmHbaPlusHbbMin, WbbmHpaMin, WbbmRequiresWbk),
        AreaMode);
}

public sealed class EditLkeGatesInputValidator : AbstractValidator<EditLkeGatesInput>
{
    public EditLkeGatesInputValidator()
    {
        RuleFor(x => x.AreaMode).IsInEnum().WithMessage("Cara pemeriksaan area tidak valid.");
        Between(x => x.WbkTotalMin, 100m, "WBK: nilai total minimal");
        Between(x => x.WbkAreaMinPercent, 100m, "WBK: batas minimal area (%)");
        Between(x => x.WbkHbaMin, 17.5m, "WBK: IPAK minimal");
        Between(x => x.WbkHbbMin, 5m, "WBK: capaian kinerja minimal");
        Between(x => x.WbkHbaPlusHbbMin, 22.5m, "WBK: IPAK + capaian kinerja minimal");
        Between(x => x.WbkHpaMin, 17.5m, "WBK: IPKP minimal");
        Between(x => x.WbbmTotalMin, 100m, "WBBM: nilai total minimal");
        Between(x => x.WbbmAreaMinPercent, 100m, "WBBM: batas minimal area (%)");
        Between(x => x.WbbmHbaMin, 17.5m, "WBBM: IPAK minimal");
        Between(x => x.WbbmHbbMin, 5m, "WBBM: capaian kinerja minimal");
        Between(x => x.WbbmHbaPlusHbbMin, 22.5m, "WBBM: IPAK + capaian kinerja minimal");
        Between(x => x.WbbmHpaMin, 17.5m, "WBBM: IPKP minimal");
    }

    private void Between(System.Linq.Expressions.Expression<Func<EditLkeGatesInput, decimal>> field, decimal max, string label) =>
        RuleFor(field).InclusiveBetween(0m, max).WithMessage($"{label} harus di antara 0 dan {max.ToString(Domain.Common.IndonesianCulture.Id)}.")
            .Must(v => LkeDecimal.Trim(v).Scale <= 4).WithMessage($"{label} paling banyak 4 angka desimal.");
}

public sealed class ImportLkeVersionInput
{
    public IFormFile? File { get; set; }

    /// <summary>The template JSON pasted as text (instead of a file).</summary>
    public string? Json { get; set; }
}

public sealed class CopyLkeVersionInput
{
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
}

public sealed class CopyLkeVersionInputValidator : AbstractValidator<CopyLkeVersionInput>
{
    public CopyLkeVersionInputValidator()
    {
        RuleFor(x => x.Code).Must(LkeVersion.IsWellFormedCode)
            .WithMessage($"Kode versi baru wajib diisi: 3–{LkeVersion.CodeMaxLength} huruf kecil, angka dan tanda hubung, misalnya permenpanrb-90-2021-rev1.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Judul versi baru wajib diisi.")
            .MaximumLength(LkeVersion.TitleMaxLength).WithMessage($"Judul paling banyak {LkeVersion.TitleMaxLength} karakter.");
    }
}
