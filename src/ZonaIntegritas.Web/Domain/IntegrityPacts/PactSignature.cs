using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.IntegrityPacts;

/// <summary>
/// One signed pact. It keeps the exact rendered text and a snapshot of the signer's data, and the SHA-256 of
/// both (<see cref="PactHash"/>), so the signed document can be rebuilt and checked later whatever happens to the
/// staff register or the template. Never edited; only voided (by an Administrator, with a kept reason).
/// </summary>
public class PactSignature
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public PactCampaign? Campaign { get; set; }
    public int StaffMemberId { get; set; }
    public int TemplateVersionId { get; set; }
    public SignatureMethod Method { get; set; }
    public PactVariant Variant { get; set; }

    public DateTime SignedAtUtc { get; set; }

    /// <summary>The signing date in the unit's time zone (the date printed on the pact).</summary>
    public DateOnly SignedOn { get; set; }
    public required string SignerName { get; set; }
    public string? SignerNip { get; set; }
    public string? SignerRankGrade { get; set; }
    public string? SignerPosition { get; set; }
    public int SignerUnitId { get; set; }
    public required string SignerUnitName { get; set; }
    public required string Place { get; set; }

    /// <summary>The pact text after placeholder substitution (Markdown), exactly as shown and signed.</summary>
    public required string RenderedText { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="PactHash.CanonicalForm"/> (text plus signer data).</summary>
    public required string TextSha256 { get; set; }

    /// <summary>Unguessable public code (160 random bits, base32) used by /verifikasi/{code}.</summary>
    public required string VerificationCode { get; set; }

    /// <summary>The name the signer typed to confirm (electronic signatures).</summary>
    public string? TypedName { get; set; }
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }

    /// <summary>The drawn signature (PNG, at most 200 KB), when the signer drew one.</summary>
    public byte[]? DrawnSignaturePng { get; set; }

    /// <summary>The user who signed (electronic) or recorded the paper scan (kertas).</summary>
    public string? RecordedByUserId { get; set; }

    // Paper signatures: the wet-signed scan, stored under Storage:DataPath.
    public string? ScanFileKey { get; set; }
    public string? ScanFileName { get; set; }
    public string? ScanContentType { get; set; }
    public long? ScanSizeBytes { get; set; }
    public string? ScanSha256 { get; set; }

    public DateTime? VoidedAtUtc { get; set; }
    public string? VoidedByUserId { get; set; }
    public string? VoidReason { get; set; }

    public bool IsVoided => VoidedAtUtc is not null;

    /// <summary>The largest drawn signature kept (PNG bytes).</summary>
    public const int MaxDrawnSignatureBytes = 200 * 1024;

    /// <summary>
    /// An electronic signature: the signer typed his name (and may have drawn a signature) under the exact rendered
    /// text. The time is kept to the millisecond (what every provider stores) and the fingerprint
    /// (<see cref="PactHash"/>) is computed here, so a signature is never stored without one.
    /// </summary>
    public static PactSignature SignDrawn(PactSignatureDraft draft, string typedName, byte[]? drawnSignaturePng, string? ip, string? userAgent,
        string? recordedByUserId, DateTime utc, string verificationCode)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(typedName))
        {
            throw new DomainException("Ketik nama lengkap Anda untuk menandatangani.");
        }
        if (drawnSignaturePng is { Length: > MaxDrawnSignatureBytes })
        {
            throw new DomainException("Gambar tanda tangan terlalu besar (maksimal 200 KB).");
        }
        if (string.IsNullOrWhiteSpace(draft.RenderedText))
        {
            throw new DomainException("Teks pakta kosong; pakta tidak dapat ditandatangani.");
        }
        var signature = new PactSignature
        {
            CampaignId = draft.CampaignId,
            StaffMemberId = draft.StaffMemberId,
            TemplateVersionId = draft.TemplateVersionId,
            Method = SignatureMethod.Electronic,
            Variant = draft.Variant,
            SignedAtUtc = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
            SignedOn = draft.SignedOn,
            SignerName = draft.SignerName,
            SignerNip = draft.SignerNip,
            SignerRankGrade = draft.SignerRankGrade,
            SignerPosition = draft.SignerPosition,
            SignerUnitId = draft.SignerUnitId,
            SignerUnitName = draft.SignerUnitName,
            Place = draft.Place,
            RenderedText = draft.RenderedText,
            TextSha256 = "",
            VerificationCode = verificationCode,
            TypedName = typedName.Trim(),
            Ip = Truncate(ip, 64),
            UserAgent = Truncate(userAgent, 512),
            DrawnSignaturePng = drawnSignaturePng,
            RecordedByUserId = recordedByUserId,
        };
        signature.TextSha256 = PactHash.Compute(signature);
        return signature;
    }

    private static string? Truncate(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];

    public void Void(string reason, string userId, DateTime utc)
    {
        if (IsVoided)
        {
            throw new DomainException("Tanda tangan ini sudah dibatalkan.");
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            throw new DomainException("Alasan pembatalan wajib diisi (minimal 10 karakter).");
        }
        VoidReason = reason.Trim();
        VoidedByUserId = userId;
        VoidedAtUtc = utc;
    }
}

/// <summary>What is signed: the campaign, the signer's data as of the signing and the exact text shown.</summary>
public sealed record PactSignatureDraft(
    int CampaignId,
    int TemplateVersionId,
    PactVariant Variant,
    int StaffMemberId,
    string SignerName,
    string? SignerNip,
    string? SignerRankGrade,
    string? SignerPosition,
    int SignerUnitId,
    string SignerUnitName,
    string Place,
    DateOnly SignedOn,
    string RenderedText);

/// <summary>
/// A record of the campaign's documents filed as evidence: the combined PDF of signed pacts and the signed-list
/// workbook, their hashes and the LKE questions they were meant for (see IPactEvidenceFiler).
/// </summary>
public class PactEvidenceExport
{
    public int Id { get; set; }
    public int CampaignId { get; set; }

    /// <summary>LKE question codes, comma-separated (e.g. "PPA4D").</summary>
    public required string QuestionCodes { get; set; }
    public required string PdfFileKey { get; set; }
    public required string PdfSha256 { get; set; }
    public long PdfSizeBytes { get; set; }
    public required string ListFileKey { get; set; }
    public required string ListSha256 { get; set; }
    public long ListSizeBytes { get; set; }
    public int SignedCount { get; set; }
    public int ParticipantCount { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedByUserId { get; set; }
    public string? CreatedByName { get; set; }
}
