using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace ZonaIntegritas.Web.Features.StaffImport;

/// <summary>The columns of the staff CSV file, in template order.</summary>
public static class StaffCsvColumns
{
    public const string Nip = "nip";
    public const string Name = "nama";
    public const string Position = "jabatan";
    public const string RankGrade = "pangkat_golongan";
    public const string EmploymentType = "jenis_pegawai";
    public const string UnitCode = "kode_unit";
    public const string Email = "email";
    public const string Active = "aktif";

    public static readonly IReadOnlyList<string> All = [Nip, Name, Position, RankGrade, EmploymentType, UnitCode, Email, Active];

    /// <summary>Header as matched: trimmed, lower case, spaces and hyphens as underscores ("Kode Unit" → kode_unit).</summary>
    public static string Normalize(string header) =>
        string.Join('_', header.Trim().ToLowerInvariant().Replace('-', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One data record of the file, values trimmed; <see cref="Line"/> is the line in the file (header = 1).</summary>
public sealed record StaffCsvRow(
    int Line,
    string Nip,
    string Name,
    string Position,
    string RankGrade,
    string EmploymentType,
    string UnitCode,
    string Email,
    string Active,
    string? StructureError = null);

/// <summary>The parsed file, or <see cref="Error"/> (Bahasa Indonesia) when the file as a whole cannot be used.</summary>
public sealed record StaffCsvParseResult(
    string? Error,
    IReadOnlyList<StaffCsvRow> Rows,
    char Separator,
    IReadOnlyList<string> IgnoredColumns)
{
    public static StaffCsvParseResult Fail(string error) => new(error, [], ',', []);
}

/// <summary>
/// Reads a staff CSV file (UTF-8 with or without BOM, comma or semicolon separated, header row required).
/// Pure: no database. Whole-file problems (empty, binary, wrong headers, broken quoting, too many rows) become
/// <see cref="StaffCsvParseResult.Error"/>; per-row problems are left to <see cref="StaffImportPlanner"/>.
/// </summary>
public static class StaffCsvParser
{
    public const int MaxRows = 5000;
    private const int MaxRecordBytes = 64 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static StaffCsvParseResult Parse(byte[] content)
    {
        var body = content.AsSpan().StartsWith(Utf8Bom) ? content.AsMemory(Utf8Bom.Length) : content.AsMemory();
        if (body.Span.Trim("\r\n\t "u8).IsEmpty)
        {
            return StaffCsvParseResult.Fail("Berkas kosong. Isi berkas dengan baris judul kolom dan data pegawai.");
        }
        if (LooksBinary(body.Span) is { } binaryProblem)
        {
            return StaffCsvParseResult.Fail(binaryProblem);
        }
        var separator = DetectSeparator(body.Span);
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = MaxRecordBytes,
            DetectSeparatorHint = false,
        };
        try
        {
            using var reader = CsvReader.Create(body, options);
            var headers = reader.Headers.Select(StaffCsvColumns.Normalize).ToList();
            if (HeaderProblem(headers) is { } headerProblem)
            {
                return StaffCsvParseResult.Fail(headerProblem);
            }
            var index = StaffCsvColumns.All.ToDictionary(c => c, c => headers.IndexOf(c));
            var ignored = headers.Where(h => h.Length > 0 && !StaffCsvColumns.All.Contains(h)).Distinct().ToList();
            var rows = new List<StaffCsvRow>();
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i).Trim();
                }
                if (fields.All(f => f.Length == 0))
                {
                    continue;
                }
                if (rows.Count == MaxRows)
                {
                    return StaffCsvParseResult.Fail("Berkas berisi lebih dari 5.000 baris data. Bagi data menjadi beberapa berkas lalu impor satu per satu.");
                }
                string Get(string column) => index[column] is var i && i >= 0 && i < fields.Length ? fields[i] : "";
                var structure = fields.Length > headers.Count
                    ? $"Baris ini memiliki {fields.Length} kolom, sedangkan judul kolom hanya {headers.Count}. Bila ada nilai yang memuat tanda {(separator == ';' ? "titik koma (;)" : "koma (,)")}, apit nilai itu dengan tanda kutip (\")."
                    : null;
                rows.Add(new StaffCsvRow((int)reader.LineNumber,
                    Get(StaffCsvColumns.Nip), Get(StaffCsvColumns.Name), Get(StaffCsvColumns.Position), Get(StaffCsvColumns.RankGrade),
                    Get(StaffCsvColumns.EmploymentType), Get(StaffCsvColumns.UnitCode), Get(StaffCsvColumns.Email), Get(StaffCsvColumns.Active),
                    structure));
            }
            if (rows.Count == 0)
            {
                return StaffCsvParseResult.Fail("Berkas hanya berisi judul kolom, tanpa data pegawai.");
            }
            return new StaffCsvParseResult(null, rows, separator, ignored);
        }
        catch (CsvFormatException ex)
        {
            var where = ex.LineNumber > 0 ? $" pada baris {ex.LineNumber}" : ex.RecordNumber > 0 ? $" pada data ke-{ex.RecordNumber}" : "";
            return StaffCsvParseResult.Fail($"Format CSV rusak{where}: tanda kutip (\") tidak seimbang atau salah tempat. "
                + "Pastikan setiap nilai yang diawali tanda kutip juga ditutup dengan tanda kutip, lalu unggah ulang.");
        }
    }

    /// <summary>Comma or semicolon, whichever appears more often (outside quotes) in the header line.</summary>
    public static char DetectSeparator(ReadOnlySpan<byte> body)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in body)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (b == (byte)'\n' || b == (byte)'\r'))
            {
                break;
            }
            else if (!quoted && b == (byte)',')
            {
                commas++;
            }
            else if (!quoted && b == (byte)';')
            {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static string? LooksBinary(ReadOnlySpan<byte> body)
    {
        const string hint = " Simpan data dari Excel melalui File › Simpan Sebagai › \"CSV UTF-8 (Comma delimited)\", lalu unggah berkas .csv tersebut.";
        if (body.StartsWith("PK\u0003\u0004"u8) || body.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "Berkas ini tampaknya berkas Excel (.xlsx/.xls), bukan CSV." + hint;
        }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "Berkas disimpan dengan pengodean UTF-16; gunakan UTF-8." + hint;
        }
        foreach (var b in body)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return "Berkas bukan berkas teks CSV (berisi data biner)." + hint;
            }
        }
        if (!Utf8.IsValid(body))
        {
            return "Berkas bukan teks UTF-8 yang valid (mungkin disimpan sebagai ANSI/Windows-1252 atau bukan berkas CSV)." + hint;
        }
        return null;
    }

    private static string? HeaderProblem(List<string> headers)
    {
        var named = headers.Where(h => h.Length > 0).ToList();
        var missing = StaffCsvColumns.All.Where(c => !named.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            var unknown = named.Where(h => !StaffCsvColumns.All.Contains(h)).Distinct().ToList();
            var message = new StringBuilder("Judul kolom tidak sesuai templat. Kolom yang tidak ditemukan: ")
                .Append(string.Join(", ", missing)).Append('.');
            if (unknown.Count > 0)
            {
                message.Append(" Kolom yang tidak dikenal: ").Append(string.Join(", ", unknown.Take(10))).Append('.');
            }
            message.Append(" Baris pertama berkas harus berisi: ").Append(string.Join(",", StaffCsvColumns.All)).Append('.');
            return message.ToString();
        }
        var duplicates = named.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            return $"Judul kolom ganda: {string.Join(", ", duplicates)}. Setiap kolom hanya boleh muncul sekali.";
        }
        return null;
    }
}
