using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>The file types the portal accepts, recognised by content.</summary>
public enum FileKind
{
    Pdf = 1,
    Jpeg = 2,
    Png = 3,
    Docx = 4,
    Xlsx = 5,
    Pptx = 6,
    Mp4 = 7,
}

public sealed record FileTypeInfo(FileKind Kind, string Label, string ContentType, IReadOnlyList<string> Extensions, bool InlinePreview)
{
    public string CanonicalExtension => Extensions[0];
}

/// <summary>The verdict on one file: the detected type, or a message in Bahasa Indonesia saying why it is refused.</summary>
public sealed record FileInspection(FileTypeInfo? Type, string? Error)
{
    public bool IsAllowed => Type is not null;

    public static FileInspection Allowed(FileTypeInfo type) => new(type, null);

    public static FileInspection Refused(string message) => new(null, message);
}

/// <summary>
/// Decides what a file is from its bytes (signatures; for Office files the package structure) and checks that the
/// name's extension agrees. Executables, scripts, HTML, SVG, archives and anything whose content does not match
/// its extension are refused. Pure: reads the stream it is given (which must be seekable) and nothing else.
/// </summary>
public static class FileTypeInspector
{
    private const int HeaderLength = 4096;
    private const long MaxContentTypesBytes = 1024 * 1024;

    public static readonly IReadOnlyList<FileTypeInfo> Types =
    [
        new(FileKind.Pdf, "PDF", "application/pdf", [".pdf"], InlinePreview: true),
        new(FileKind.Jpeg, "JPEG", "image/jpeg", [".jpg", ".jpeg"], InlinePreview: true),
        new(FileKind.Png, "PNG", "image/png", [".png"], InlinePreview: true),
        new(FileKind.Docx, "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], InlinePreview: false),
        new(FileKind.Xlsx, "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], InlinePreview: false),
        new(FileKind.Pptx, "PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"], InlinePreview: false),
        new(FileKind.Mp4, "MP4", "video/mp4", [".mp4"], InlinePreview: false),
    ];

    /// <summary>Every type (evidence); other features pass a narrower set (e.g. PDF and images for scans).</summary>
    public static readonly IReadOnlySet<FileKind> AllKinds = Types.Select(t => t.Kind).ToHashSet();

    /// <summary>Scanned paper documents (decrees, wet-signed pacts): PDF and images.</summary>
    public static readonly IReadOnlySet<FileKind> ScanKinds = new HashSet<FileKind> { FileKind.Pdf, FileKind.Jpeg, FileKind.Png };

    /// <summary>For the file picker's <c>accept</c> attribute.</summary>
    public static string AcceptAttribute(IReadOnlySet<FileKind>? allowed = null) =>
        string.Join(",", Types.Where(t => (allowed ?? AllKinds).Contains(t.Kind)).SelectMany(t => t.Extensions));

    public static string AllowedLabels(IReadOnlySet<FileKind>? allowed = null) =>
        string.Join(", ", Types.Where(t => (allowed ?? AllKinds).Contains(t.Kind)).Select(t => t.Label));

    public static FileTypeInfo Info(FileKind kind) => Types.First(t => t.Kind == kind);

    private static readonly HashSet<string> BlockedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".com", ".scr", ".msi", ".msp", ".bat", ".cmd", ".ps1", ".psm1", ".vbs", ".vbe", ".js", ".jse",
        ".mjs", ".wsf", ".wsh", ".hta", ".cpl", ".jar", ".apk", ".app", ".sh", ".bash", ".py", ".pl", ".php", ".rb",
        ".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".xml", ".zip", ".rar", ".7z", ".tar", ".gz", ".tgz",
        ".bz2", ".xz", ".iso", ".lnk", ".docm", ".xlsm", ".pptm", ".dotm",
    };

    private static readonly HashSet<string> Mp4Brands = new(StringComparer.Ordinal)
    {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV",
    };

    /// <summary>Inspects <paramref name="content"/> (seekable; read from the start) named <paramref name="fileName"/>.</summary>
    public static FileInspection Inspect(Stream content, string? fileName, IReadOnlySet<FileKind>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The content stream must be seekable.", nameof(content));
        }
        allowed ??= AllKinds;
        var name = FileNameSanitizer.Sanitize(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (content.Length == 0)
        {
            return FileInspection.Refused("Berkas kosong (0 byte) tidak dapat diunggah.");
        }

        content.Position = 0;
        var header = new byte[(int)Math.Min(HeaderLength, content.Length)];
        content.ReadExactly(header);
        content.Position = 0;

        var sniffed = Sniff(header);
        if (sniffed.Refusal is { } refusal)
        {
            return FileInspection.Refused(refusal);
        }
        if (BlockedExtensions.Contains(extension))
        {
            return FileInspection.Refused($"Jenis berkas {extension} tidak diizinkan. Jenis yang diizinkan: {AllowedLabels(allowed)}.");
        }
        var expected = Types.FirstOrDefault(t => t.Extensions.Contains(extension) && allowed.Contains(t.Kind));
        if (expected is null)
        {
            return FileInspection.Refused(extension.Length == 0
                ? $"Nama berkas tidak memiliki ekstensi. Jenis yang diizinkan: {AllowedLabels(allowed)}."
                : $"Jenis berkas {extension} tidak diizinkan. Jenis yang diizinkan: {AllowedLabels(allowed)}.");
        }

        FileKind? actual = sniffed.Kind;
        if (sniffed.IsZip)
        {
            var office = InspectOfficePackage(content);
            content.Position = 0;
            if (office.Refusal is { } officeRefusal)
            {
                return FileInspection.Refused(officeRefusal);
            }
            actual = office.Kind;
            if (actual is null && expected.Kind is not (FileKind.Docx or FileKind.Xlsx or FileKind.Pptx))
            {
                return FileInspection.Refused("Arsip (ZIP) tidak diizinkan; unggah berkasnya satu per satu.");
            }
        }
        if (actual != expected.Kind)
        {
            var what = actual is { } k ? $"berisi {Info(k).Label}" : $"bukan {expected.Label} yang sah";
            return FileInspection.Refused($"Isi berkas tidak sesuai dengan ekstensinya ({extension}): berkas ini {what}.");
        }
        return FileInspection.Allowed(expected);
    }

    private readonly record struct Sniffed(FileKind? Kind, bool IsZip, string? Refusal);

    private static Sniffed Sniff(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith("%PDF-"u8))
        {
            return new(FileKind.Pdf, false, null);
        }
        if (Starts(h, [0xFF, 0xD8, 0xFF]))
        {
            return new(FileKind.Jpeg, false, null);
        }
        if (Starts(h, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new(FileKind.Png, false, null);
        }
        if (h.StartsWith("PK\x03\x04"u8))
        {
            return new(null, true, null);
        }
        if (h.StartsWith("PK\x05\x06"u8) || h.StartsWith("PK\x07\x08"u8))
        {
            return new(null, false, "Arsip (ZIP) tidak diizinkan; unggah berkasnya satu per satu.");
        }
        if (h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8))
        {
            return IsMp4(h) ? new(FileKind.Mp4, false, null) : new(null, false, null);
        }
        if (h.StartsWith("MZ"u8) || Starts(h, [0x7F, 0x45, 0x4C, 0x46]) || Starts(h, [0xFE, 0xED, 0xFA, 0xCE])
            || Starts(h, [0xFE, 0xED, 0xFA, 0xCF]) || Starts(h, [0xCE, 0xFA, 0xED, 0xFE]) || Starts(h, [0xCF, 0xFA, 0xED, 0xFE])
            || Starts(h, [0xCA, 0xFE, 0xBA, 0xBE]) || h.StartsWith("dex\n"u8))
        {
            return new(null, false, "Berkas program (executable) tidak diizinkan.");
        }
        if (h.StartsWith("#!"u8))
        {
            return new(null, false, "Berkas skrip tidak diizinkan.");
        }
        if (Starts(h, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return new(null, false, "Format Office lama (DOC/XLS/PPT) atau paket MSI tidak diizinkan; simpan sebagai DOCX/XLSX/PPTX atau PDF.");
        }
        if (h.StartsWith("Rar!\x1A\x07"u8) || Starts(h, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) || Starts(h, [0x1F, 0x8B])
            || h.StartsWith("BZh"u8) || Starts(h, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) || h.StartsWith("MSCF"u8)
            || (h.Length > 262 && h[257..262].SequenceEqual("ustar"u8)))
        {
            return new(null, false, "Berkas arsip (ZIP/RAR/7z/TAR/GZ) tidak diizinkan; unggah berkasnya satu per satu.");
        }
        var markup = MarkupKind(h);
        if (markup is not null)
        {
            return new(null, false, markup);
        }
        return new(null, false, null);
    }

    private static bool Starts(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => data.StartsWith(signature);

    private static bool IsMp4(ReadOnlySpan<byte> h)
    {
        var boxSize = (int)Math.Min(h.Length, ((uint)h[0] << 24) | ((uint)h[1] << 16) | ((uint)h[2] << 8) | h[3]);
        if (Mp4Brands.Contains(Encoding.ASCII.GetString(h[8..12])))
        {
            return true;
        }
        // Compatible brands follow the major brand and its minor version.
        for (var offset = 16; offset + 4 <= boxSize; offset += 4)
        {
            if (Mp4Brands.Contains(Encoding.ASCII.GetString(h[offset..(offset + 4)])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>HTML, SVG or other markup (refused: browsers may run scripts in them).</summary>
    private static string? MarkupKind(ReadOnlySpan<byte> header)
    {
        var text = DecodeText(header).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\0');
        if (!text.StartsWith('<'))
        {
            return null;
        }
        var lower = text.ToLowerInvariant();
        if (lower.Contains("<svg", StringComparison.Ordinal))
        {
            return "Berkas SVG tidak diizinkan (dapat memuat skrip); unggah sebagai PNG atau PDF.";
        }
        if (lower.StartsWith("<!doctype html", StringComparison.Ordinal) || lower.Contains("<html", StringComparison.Ordinal)
            || lower.Contains("<script", StringComparison.Ordinal) || lower.Contains("<body", StringComparison.Ordinal)
            || lower.Contains("<head", StringComparison.Ordinal) || lower.Contains("<iframe", StringComparison.Ordinal))
        {
            return "Berkas HTML tidak diizinkan; unggah sebagai PDF.";
        }
        return "Berkas XML/markup tidak diizinkan.";
    }

    private static string DecodeText(ReadOnlySpan<byte> header)
    {
        if (Starts(header, [0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(header[3..]);
        }
        if (Starts(header, [0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(header[2..]);
        }
        if (Starts(header, [0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(header[2..]);
        }
        return Encoding.Latin1.GetString(header);
    }

    private readonly record struct OfficeResult(FileKind? Kind, string? Refusal);

    private static readonly (FileKind Kind, string MainType, string MacroType, string Folder)[] OfficeParts =
    [
        (FileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroenabled.main+xml", "word/"),
        (FileKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroenabled.main+xml", "xl/"),
        (FileKind.Pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml", "ppt/"),
    ];

    /// <summary>Opens the ZIP and reads <c>[Content_Types].xml</c>: which Office document, if any, this package is.</summary>
    private static OfficeResult InspectOfficePackage(Stream content)
    {
        try
        {
            ZipPackageGuard.EnsureWithinLimits(content, ZipLimits.OfficeInspection);
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null)
            {
                return new(null, null);
            }
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return new(null, "Dokumen Office yang memuat makro tidak diizinkan; simpan tanpa makro (DOCX/XLSX/PPTX).");
            }
            if (contentTypes.Length > MaxContentTypesBytes)
            {
                return new(null, "Berkas Office rusak atau tidak dapat dibaca.");
            }
            var types = ReadContentTypes(contentTypes);
            foreach (var (kind, mainType, macroType, folder) in OfficeParts)
            {
                if (types.Contains(macroType))
                {
                    return new(null, "Dokumen Office yang memuat makro tidak diizinkan; simpan tanpa makro (DOCX/XLSX/PPTX).");
                }
                if (types.Contains(mainType) && zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal)))
                {
                    return new(kind, null);
                }
            }
            return new(null, null);
        }
        catch (ZipPackageRefusedException ex)
        {
            return new(null, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return new(null, "Berkas Office rusak atau tidak dapat dibaca.");
        }
    }

    private static HashSet<string> ReadContentTypes(ZipArchiveEntry entry)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxContentTypesBytes * 2,
        });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Override" or "Default"
                && reader.GetAttribute("ContentType") is { } type)
            {
                result.Add(type.Trim());
            }
        }
        return result;
    }
}
