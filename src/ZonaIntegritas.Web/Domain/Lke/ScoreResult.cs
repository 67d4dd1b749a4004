namespace ZonaIntegritas.Web.Domain.Lke;

/// <summary>All computed numbers at full decimal precision. Round only for display.</summary>
public sealed record ScoreResult(
    IReadOnlyDictionary<string, decimal> Questions,
    IReadOnlyList<string> Unanswered,
    IReadOnlyDictionary<string, decimal> Indicators,
    IReadOnlyDictionary<string, decimal> Areas,
    IReadOnlyDictionary<string, decimal> Halves,
    IReadOnlyDictionary<string, decimal> Hasil,
    IReadOnlyList<string> HasilMissing,
    decimal Pengungkit,
    decimal HasilTotal,
    decimal Total,
    GateResult Wbk,
    GateResult Wbbm)
{
    /// <summary>Combined area value (Pemenuhan + Reform) by area letter A–F.</summary>
    public decimal CombinedArea(string letter) =>
        Areas.Where(a => a.Key.Length == 3 && a.Key[2..] == letter).Sum(a => a.Value);
}

/// <summary>One gate check: value against minimum, passed, and the gap still to close (0 when passed).</summary>
public sealed record GateCheck(string Code, string Label, decimal Value, decimal Minimum, bool Passed)
{
    public decimal Gap => Passed ? 0m : Minimum - Value;
}

public sealed record GateResult(string Predicate, bool Passed, IReadOnlyList<GateCheck> Checks);
