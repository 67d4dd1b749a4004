namespace ZonaIntegritas.Web.Domain.Lke.Exchange;

/// <summary>
/// The portable answer file <c>zi-lke/1</c> (docs/lke-exchange-format.md): header, answers by question code, Hasil
/// entries and, on export, every computed score at full precision with the WBK and WBBM gate checks.
/// </summary>
public static class ZiLkeExchange
{
    public const string Format = "zi-lke/1";

    public static readonly IReadOnlyList<string> Targets = ["WBK", "WBBM"];

    /// <summary>
    /// Reads a file. <paramref name="findTemplate"/> returns the LKE tree of a version code (null when unknown).
    /// Every problem is listed; the answers are also checked with <see cref="LkeScorer.Validate"/>.
    /// </summary>
    public static ZiLkeParseResult Parse(string json, Func<string, LkeTemplate?> findTemplate) =>
        ZiLkeReader.Read(json, findTemplate);

    /// <summary>Writes the header, the answers (with notes), the Hasil entries and the scores of <paramref name="answers"/>.</summary>
    public static string Export(LkeTemplate template, ZiLkeHeader header, AnswerSet answers, IReadOnlyDictionary<string, string>? notes = null) =>
        ZiLkeWriter.Write(template, header, answers, notes ?? new Dictionary<string, string>());
}
