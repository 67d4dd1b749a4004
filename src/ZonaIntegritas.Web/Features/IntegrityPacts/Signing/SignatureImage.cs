using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.IntegrityPacts.Common;
using ZonaIntegritas.Web.Infrastructure.Pdf;

namespace ZonaIntegritas.Web.Features.IntegrityPacts.Signing;

/// <summary>The drawn signature posted by the signing page: a PNG data URL of at most 200 KB.</summary>
public static class SignatureImage
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public const int MaxBytes = 200 * 1024;
    public const string DataUrlPrefix = "data:image/png;base64,";
    public static readonly int MaxDataUrlLength = DataUrlPrefix.Length + ((MaxBytes + 2) / 3 * 4);

    /// <summary>Null for an empty value; the PNG bytes when valid; otherwise a <see cref="DomainException"/>.</summary>
    public static byte[]? Decode(string? dataUrl)
    {
        if (string.IsNullOrWhiteSpace(dataUrl))
        {
            return null;
        }
        if (!dataUrl.StartsWith(DataUrlPrefix, StringComparison.Ordinal))
        {
            throw new DomainException("Gambar tanda tangan harus berformat PNG.");
        }
        if (dataUrl.Length > MaxDataUrlLength)
        {
            throw new DomainException("Gambar tanda tangan terlalu besar (maksimal 200 KB).");
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
        if (bytes.Length > MaxBytes)
        {
            throw new DomainException("Gambar tanda tangan terlalu besar (maksimal 200 KB).");
        }
        if (!bytes.AsSpan().StartsWith(PngSignature) || !PdfDocumentBuilder.IsReadableImage(bytes))
        {
            throw new DomainException("Gambar tanda tangan bukan PNG yang valid. Hapus lalu gambar ulang tanda tangan Anda.");
        }
        return bytes;
    }
}
