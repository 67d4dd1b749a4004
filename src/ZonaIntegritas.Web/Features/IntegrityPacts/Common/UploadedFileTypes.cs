namespace ZonaIntegritas.Web.Features.IntegrityPacts.Common;

public sealed record DetectedFileType(string ContentType, string Extension, string Label);

/// <summary>Recognises uploads by their content signature (magic bytes), never by the file name.</summary>
public static class UploadedFileTypes
{
    public static readonly DetectedFileType Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly DetectedFileType Jpeg = new("image/jpeg", ".jpg", "JPEG");
    public static readonly DetectedFileType Png = new("image/png", ".png", "PNG");

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <summary>PDF, JPEG or PNG by signature; null for anything else.</summary>
    public static DetectedFileType? DetectScan(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PdfMagic))
        {
            return Pdf;
        }
        if (IsPng(head))
        {
            return Png;
        }
        return head.StartsWith(JpegMagic) ? Jpeg : null;
    }

    public static bool IsPng(ReadOnlySpan<byte> head) => head.StartsWith(PngMagic);
}
