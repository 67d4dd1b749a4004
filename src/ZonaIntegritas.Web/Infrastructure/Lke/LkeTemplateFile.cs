using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Infrastructure.Lke;

/// <summary>
/// The project's LKE template file format <c>zi-lke-template/1</c> (see docs/lke-template-format.md): the tree,
/// weights, answer types, options with criteria, percentage rules, Hasil items and gate settings.
/// Shipped templates are embedded resources named <c>lke-template:&lt;versionCode&gt;</c>.
/// </summary>
public static class LkeTemplateFile
{
    public const string Format = "zi-lke-template/1";
    public const string DefaultVersion = "permenpanrb-90-2021";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>For writing: nulls left out (no "options" on percentage questions), Indonesian text unescaped.</summary>
    public static readonly JsonSerializerOptions WriteOptions = new(JsonOptions)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The template as a <c>zi-lke-template/1</c> document (the inverse of <see cref="TemplateDocument.ToTemplate"/>).</summary>
    public static TemplateDocument ToDocument(LkeTemplate template) => new(
        Format,
        template.VersionCode,
        template.Title,
        new GatesDto(template.Gates.AreaMode, GateDto.From(template.Gates.Wbk), GateDto.From(template.Gates.Wbbm)),
        template.Halves.Select(h => new HalfDto(h.Code, h.Name, LkeDecimal.Trim(h.Weight),
            h.Areas.Select(a => new AreaDto(a.Code, a.Name, LkeDecimal.Trim(a.Weight),
                a.Indicators.Select(i => new IndicatorDto(i.Code, i.Name, LkeDecimal.Trim(i.Weight),
                    i.Questions.Select(QuestionDto.From).ToList())).ToList())).ToList())).ToList(),
        template.Hasil.Select(x => new HasilDto(x.Code, x.Name, LkeDecimal.Trim(x.Weight), x.Kind,
            x.Options.Count == 0 ? null : x.Options.Select(OptionDto.From).ToList())).ToList());

    /// <summary>The template as <c>zi-lke-template/1</c> JSON text.</summary>
    public static string Write(LkeTemplate template) => JsonSerializer.Serialize(ToDocument(template), WriteOptions) + "\n";

    public static IReadOnlyList<string> EmbeddedVersions() =>
        typeof(LkeTemplateFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("lke-template:", StringComparison.Ordinal))
            .Select(n => n["lke-template:".Length..])
            .ToList();

    public static TemplateDocument ReadEmbedded(string versionCode)
    {
        using var stream = typeof(LkeTemplateFile).Assembly.GetManifestResourceStream("lke-template:" + versionCode)
            ?? throw new InvalidOperationException($"No embedded LKE template '{versionCode}'.");
        return JsonSerializer.Deserialize<TemplateDocument>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded LKE template '{versionCode}' is empty.");
    }

    public static LkeTemplate LoadEmbedded(string versionCode = DefaultVersion) => ReadEmbedded(versionCode).ToTemplate();

    private static readonly Lazy<Dictionary<string, LkeTemplate>> Embedded = new(() =>
        EmbeddedVersions().ToDictionary(v => v, LoadEmbedded, StringComparer.Ordinal));

    /// <summary>The shipped template of a version (loaded once), or null when no template file has that code.</summary>
    public static LkeTemplate? FindEmbedded(string versionCode) => Embedded.Value.GetValueOrDefault(versionCode);

    public sealed record TemplateDocument(
        string Format,
        string VersionCode,
        string Title,
        GatesDto? Gates,
        List<HalfDto> Halves,
        List<HasilDto> Hasil)
    {
        public LkeTemplate ToTemplate() => new(
            VersionCode,
            Title,
            Halves.Select(h => new LkeHalfDef(h.Code, h.Name, h.Weight,
                h.Areas.Select(a => new LkeAreaDef(a.Code, a.Name, a.Weight,
                    a.Indicators.Select(i => new LkeIndicatorDef(i.Code, i.Name, i.Weight,
                        i.Questions.Select(q => q.ToDef()).ToList())).ToList())).ToList())).ToList(),
            Hasil.Select(x => new HasilItemDef(x.Code, x.Name, x.Weight, x.Kind, (x.Options ?? []).Select(o => o.ToDef()).ToList())).ToList(),
            Gates?.ToSettings() ?? GateSettings.Default);
    }

    public sealed record GatesDto(AreaCheckMode AreaMode, GateDto Wbk, GateDto Wbbm)
    {
        public GateSettings ToSettings() => new(Wbk.ToGate(), Wbbm.ToGate(), AreaMode);
    }

    public sealed record GateDto(decimal TotalMin, decimal AreaMinFraction, decimal HbaMin, decimal HbbMin, decimal HbaPlusHbbMin, decimal HpaMin, bool RequiresWbk)
    {
        public PredicateGate ToGate() => new(TotalMin, AreaMinFraction, HbaMin, HbbMin, HbaPlusHbbMin, HpaMin, RequiresWbk);

        public static GateDto From(PredicateGate g) => new(LkeDecimal.Trim(g.TotalMin), LkeDecimal.Trim(g.AreaMinFraction), LkeDecimal.Trim(g.HbaMin),
            LkeDecimal.Trim(g.HbbMin), LkeDecimal.Trim(g.HbaPlusHbbMin), LkeDecimal.Trim(g.HpaMin), g.RequiresWbk);
    }

    public sealed record HalfDto(string Code, string Name, decimal Weight, List<AreaDto> Areas);

    public sealed record AreaDto(string Code, string Name, decimal Weight, List<IndicatorDto> Indicators);

    public sealed record IndicatorDto(string Code, string Name, decimal Weight, List<QuestionDto> Questions);

    public sealed record QuestionDto(
        string Code,
        string Text,
        AnswerType Type,
        List<OptionDto>? Options,
        PercentageDto? Percentage,
        List<string>? TypicalEvidence)
    {
        public LkeQuestionDef ToDef() => new(Code, Text, Type, (Options ?? []).Select(o => o.ToDef()).ToList(),
            Percentage?.ToRule(), TypicalEvidence ?? []);

        public static QuestionDto From(LkeQuestionDef q) => new(q.Code, q.Text, q.Type,
            q.Options.Count == 0 ? null : q.Options.Select(OptionDto.From).ToList(),
            q.Percentage is { } p ? new PercentageDto(p.Inputs.Select(i => new PercentageInputDto(i.Key, i.Label)).ToList(), p.Formula, p.Numerator, p.Denominator, p.WhenDenominatorZero, p.NumeratorWithinDenominator) : null,
            q.TypicalEvidence.ToList());
    }

    public sealed record OptionDto(string Key, decimal Value, string Criteria)
    {
        public LkeOption ToDef() => new(Key, Value, Criteria);

        public static OptionDto From(LkeOption o) => new(o.Key, LkeDecimal.Trim(o.Value), o.Criteria);
    }

    public sealed record PercentageDto(List<PercentageInputDto> Inputs, PercentageFormula Formula, string Numerator, string Denominator, ZeroDenominatorRule WhenDenominatorZero,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool NumeratorWithinDenominator = false)
    {
        public PercentageRule ToRule() => new(Inputs.Select(i => new PercentageInput(i.Key, i.Label)).ToList(), Formula, Numerator, Denominator, WhenDenominatorZero, NumeratorWithinDenominator);
    }

    public sealed record PercentageInputDto(string Key, string Label);

    public sealed record HasilDto(string Code, string Name, decimal Weight, HasilKind Kind, List<OptionDto>? Options);
}

/// <summary>
/// Gives the LKE tree of a version. The interim implementation reads the embedded template files; the LKE
/// feature replaces it with one backed by the database tables (editable wording, imported versions).
/// </summary>
public interface ILkeTemplateProvider
{
    Task<LkeTemplate?> FindAsync(string versionCode, CancellationToken ct = default);

    async Task<LkeTemplate> GetAsync(string versionCode, CancellationToken ct = default) =>
        await FindAsync(versionCode, ct) ?? throw new InvalidOperationException($"LKE version '{versionCode}' is not loaded.");
}

public sealed class EmbeddedLkeTemplateProvider : ILkeTemplateProvider
{
    public Task<LkeTemplate?> FindAsync(string versionCode, CancellationToken ct = default) =>
        Task.FromResult(LkeTemplateFile.FindEmbedded(versionCode));
}
