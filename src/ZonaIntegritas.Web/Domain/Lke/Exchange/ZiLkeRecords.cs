namespace ZonaIntegritas.Web.Domain.Lke.Exchange;

/// <summary>The header of a <c>zi-lke/1</c> file: LKE version code, assessment year and target predicate (WBK or WBBM).</summary>
public sealed record ZiLkeHeader(string LkeVersion, int Year, string Target);

/// <summary>
/// The outcome of <see cref="ZiLkeExchange.Parse"/>. <see cref="Answers"/> is null when the file could not be read
/// against a known LKE version; otherwise it holds what the file says, even when <see cref="Errors"/> lists problems.
/// Error codes are question or Hasil codes (PPA1A, HBA) or the top-level field at fault (json, format, lkeVersion,
/// year, target, unitHoldsWbk, answers, hasil). Messages are in Bahasa Indonesia.
/// </summary>
public sealed record ZiLkeParseResult(
    ZiLkeHeader? Header,
    AnswerSet? Answers,
    IReadOnlyDictionary<string, string> Notes,
    IReadOnlyList<AnswerError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Answers is not null;
}
