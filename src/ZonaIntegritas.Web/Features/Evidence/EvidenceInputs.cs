using System.Globalization;
using ZonaIntegritas.Web.Domain.Evidence;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>The metadata sent with each uploaded file (multipart fields, read before the file itself).</summary>
public sealed class UploadEvidenceInput
{
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string? AreaCode { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public string? Tags { get; set; }

    /// <summary>LKE question codes to link at once (comma/space separated in the form).</summary>
    public List<string> QuestionCodes { get; set; } = [];

    /// <summary>Set by the form parser when a field could not be read (e.g. "2026-02-31").</summary>
    public List<string> ParseErrors { get; } = [];

    public bool DocumentDateUnreadable { get; private set; }

    public static UploadEvidenceInput FromFields(IReadOnlyDictionary<string, string> fields)
    {
        var input = new UploadEvidenceInput
        {
            AreaCode = Clean(fields.GetValueOrDefault("AreaCode"))?.ToUpperInvariant(),
            Title = Clean(fields.GetValueOrDefault("Title")),
            Description = Clean(fields.GetValueOrDefault("Description")),
            Tags = Clean(fields.GetValueOrDefault("Tags")),
            QuestionCodes = SplitCodes(fields.GetValueOrDefault("QuestionCodes")),
        };
        if (int.TryParse(fields.GetValueOrDefault("UnitId"), NumberStyles.None, CultureInfo.InvariantCulture, out var unitId))
        {
            input.UnitId = unitId;
        }
        else
        {
            input.ParseErrors.Add("Unit kerja wajib dipilih.");
        }
        if (int.TryParse(fields.GetValueOrDefault("Year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            input.Year = year;
        }
        else
        {
            input.ParseErrors.Add("Tahun penilaian wajib diisi dengan angka.");
        }
        var date = Clean(fields.GetValueOrDefault("DocumentDate"));
        if (date is not null)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                input.DocumentDate = parsed;
            }
            else
            {
                input.ParseErrors.Add($"Tanggal dokumen '{date}' tidak valid.");
                input.DocumentDateUnreadable = true;
            }
        }
        return input;
    }

    public static List<string> SplitCodes(string? value) =>
        (value ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The metadata form of an existing item.</summary>
public sealed class EditEvidenceInput
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public int Year { get; set; }
    public string AreaCode { get; set; } = "";
    public string? Tags { get; set; }
}

public sealed class LinkEvidenceInput
{
    public int ItemId { get; set; }
    public int Year { get; set; }
    public string QuestionCode { get; set; } = "";
    public string? ReturnUrl { get; set; }
}

public sealed class ReviewEvidenceInput
{
    public int LinkId { get; set; }

    /// <summary>The revision the reviewer saw when the form was rendered.</summary>
    public int RevisionId { get; set; }
    public EvidenceReviewStatus? Status { get; set; }
    public string? Note { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class CarryOverEvidenceInput
{
    public int UnitId { get; set; }
    public int FromYear { get; set; }
    public int ToYear { get; set; }
}

/// <summary>The list page's filters (GET query string).</summary>
public sealed class EvidenceListQuery
{
    public int? UnitId { get; set; }
    public int? Year { get; set; }
    public string? Area { get; set; }
    public string? Question { get; set; }

    /// <summary>diterima | perbaikan | ditolak | menunggu | validasi | tanpa-tautan.</summary>
    public string? Status { get; set; }
    public string? Uploader { get; set; }
    public string? Q { get; set; }

    /// <summary>Show the recycle bin (deleted items, restorable for 30 days).</summary>
    public bool Deleted { get; set; }
    public int Page { get; set; } = 1;
}
