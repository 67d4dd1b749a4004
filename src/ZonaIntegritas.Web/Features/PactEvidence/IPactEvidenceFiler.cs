using System.Text.RegularExpressions;

namespace ZonaIntegritas.Web.Features.PactEvidence;

/// <summary>
/// Files a campaign's signed-pact documents (the combined PDF of all valid signed pacts and the signed-list
/// XLSX) as evidence for LKE questions (typically PPA4D, "Anggota organisasi terlibat dalam pembangunan ZI").
/// <para>
/// <see cref="EvidenceLibraryPactFiler"/> puts both files in the evidence library (linked to the chosen codes) and
/// records a <c>PactEvidenceExport</c> as the trail shown on the campaign page. Callers (PactEvidenceService) have
/// already checked permission and unit scope and validated the codes.
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
