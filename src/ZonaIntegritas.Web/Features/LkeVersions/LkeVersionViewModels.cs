using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Features.LkeVersions;

public sealed record LkeVersionListItem(
    string Code,
    string Title,
    LkeVersionStatus Status,
    LkeVersionSource Source,
    string? CopiedFromCode,
    DateTime ImportedAtUtc,
    string ImportedBy,
    DateTime? LockedAtUtc,
    int QuestionCount);

public sealed record LkeVersionIndexViewModel(IReadOnlyList<LkeVersionListItem> Versions, bool CanManage);

public sealed record LkeVersionDetailsViewModel(LkeVersionListItem Version, LkeTemplate Template, bool CanManage);

public sealed record EditLkeQuestionViewModel(LkeVersionListItem Version, LkeQuestionDef Question, string IndicatorName, EditLkeQuestionInput Input);

public sealed record EditLkeGatesViewModel(LkeVersionListItem Version, EditLkeGatesInput Input);

public sealed record CopyLkeVersionViewModel(LkeVersionListItem Version, CopyLkeVersionInput Input);

public static class LkeVersionLabels
{
    public static string Status(LkeVersionStatus status) => status switch
    {
        LkeVersionStatus.Active => "Aktif",
        LkeVersionStatus.Retired => "Nonaktif",
        _ => status.ToString(),
    };

    public static string Source(LkeVersionSource source) => source switch
    {
        LkeVersionSource.Shipped => "Templat bawaan",
        LkeVersionSource.Imported => "Diimpor",
        LkeVersionSource.Copied => "Salinan",
        _ => source.ToString(),
    };

    public static string AnswerType(AnswerType type) => type switch
    {
        Domain.Lke.AnswerType.YaTidak => "Ya/Tidak",
        Domain.Lke.AnswerType.Abc => "A/B/C",
        Domain.Lke.AnswerType.Abcd => "A/B/C/D",
        Domain.Lke.AnswerType.Abcde => "A/B/C/D/E",
        Domain.Lke.AnswerType.Percentage => "Persentase",
        _ => type.ToString(),
    };

    public static string Formula(PercentageRule rule)
    {
        var num = rule.Inputs.FirstOrDefault(i => i.Key == rule.Numerator)?.Label ?? rule.Numerator;
        var den = rule.Inputs.FirstOrDefault(i => i.Key == rule.Denominator)?.Label ?? rule.Denominator;
        var formula = rule.Formula == PercentageFormula.Decrease ? $"({den} − {num}) ÷ {den}" : $"{num} ÷ {den}";
        var zero = rule.WhenDenominatorZero switch
        {
            ZeroDenominatorRule.One => "1",
            ZeroDenominatorRule.OneIfNumeratorZero => "1 bila pembilang juga 0, selain itu 0",
            _ => "0",
        };
        return $"{formula}, dibatasi 0–1; bila penyebut 0: {zero}";
    }

    public static string AreaMode(AreaCheckMode mode) => mode == AreaCheckMode.Combined
        ? "Gabungan Pemenuhan + Reform per area"
        : "Per bagian (Pemenuhan dan Reform masing-masing)";
}
