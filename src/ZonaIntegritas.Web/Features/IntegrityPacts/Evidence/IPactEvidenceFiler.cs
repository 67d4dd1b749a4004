using System.Text.RegularExpressions;

namespace ZonaIntegritas.Web.Features.IntegrityPacts.Evidence;

/// <summary>
/// Files a campaign's signed-pact documents (the combined PDF of all valid signed pacts and the signed-list
/// XLSX) as evidence for LKE questions (typically PPA4D, "Anggota organisasi terlibat dalam pembangunan ZI").
/// <para>
/// COORDINATOR NOTE: the evidence library is built in parallel. The interim implementation,
/// <see cref="StoredPactEvidenceFiler"/>, stores both files with <c>IPactFileStore</c> (under
/// Storage:DataPath/pakta/eviden) and records a <c>PactEvidenceExport</c> row (campaign, question codes,
/// SHA-256 of each file, who/when). To re-point it, register another implementation in
/// <c>IntegrityPactsModule</c> that builds the same two files with <c>PactCampaignDocuments</c>
/// (<c>CombinedPdfAsync</c>, <c>XlsxAsync(campaign, PactListFilter.Sudah)</c>) and hands them to the evidence
/// library, linking each to the question codes; it may keep writing the PactEvidenceExport row as the audit
/// trail shown on the campaign page. Callers (PactEvidenceService) have already checked permission and unit
/// scope and validated the codes.
/// </para>
/// </summary>
public interface IPactEvidenceFiler
{
    /// <summary>Returns the id of the filing record (PactEvidenceExport).</summary>
    Task<int> FileCampaignAsync(int campaignId, IReadOnlyList<string> questionCodes, CancellationToken ct = default);
}

/// <summary>LKE question codes: P + P/R (Pemenuhan/Reform) + area A–F + indicator digit + question letter, e.g. PPA4D.</summary>
public static partial class PactEvidenceCodes
{
    public const string Default = "PPA4D";

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^P[PR][A-F][0-9][A-Z]$")]
    private static partial Regex Pattern();
}
