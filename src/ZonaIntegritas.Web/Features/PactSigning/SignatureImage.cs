using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Pdf;

namespace ZonaIntegritas.Web.Features.PactSigning;

/// <summary>
/// The drawn signature posted by the signing page: a PNG data URL within <c>Uploads:MaxSignatureBytes</c> (default
/// 200 KB). Decoded here; the PNG then passes the file intake (type by content, virus scan) like every upload.
/// </summary>
public static class SignatureImage
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The default limit (<see cref="UploadOptions.MaxSignatureBytes"/>).</summary>
    public const int MaxBytes = 200 * 1024;
    public const string DataUrlPrefix = "data:image/png;base64,";

    public static byte[]? Decode(string? dataUrl) => Decode(dataUrl, MaxBytes);

    /// <summary>Null for an empty value; the PNG bytes when valid; otherwise a <see cref="DomainException"/>.</summary>
    public static byte[]? Decode(string? dataUrl, long maxBytes)
    {
        if (string.IsNullOrWhiteSpace(dataUrl))
        {
            return null;
        }
        if (!dataUrl.StartsWith(DataUrlPrefix, StringComparison.Ordinal))
        {
            throw new DomainException("Gambar tanda tangan harus berformat PNG.");
        }
        if (dataUrl.Length > DataUrlPrefix.Length + ((maxBytes + 2) / 3 * 4))
        {
            throw new UploadRejectedException(UploadMessages.TooLarge(maxBytes), StatusCodes.Status413PayloadTooLarge);
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(dataUrl[DataUrlPrefix.Length..]);
        }
        catch (FormatException)
        {
            throw new DomainException("Data gambar tanda tangan rusak. Hapus lalu gambar ulang tanda tangan Anda.");
        }
        if (bytes.Length > maxBytes)
        {
            throw new UploadRejectedException(UploadMessages.TooLarge(maxBytes), StatusCodes.Status413PayloadTooLarge);
        }
        if (!bytes.AsSpan().StartsWith(PngSignature) || !PdfDocumentBuilder.IsReadableImage(bytes))
        {
            throw new DomainException("Gambar tanda tangan bukan PNG yang valid. Hapus lalu gambar ulang tanda tangan Anda.");
        }
        return bytes;
    }
}
