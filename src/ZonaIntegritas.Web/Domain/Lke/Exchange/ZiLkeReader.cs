using System.Text.Json;

namespace ZonaIntegritas.Web.Domain.Lke.Exchange;

/// <summary>Reads a <c>zi-lke/1</c> file into an <see cref="AnswerSet"/>, listing every problem in Bahasa Indonesia.</summary>
internal static class ZiLkeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private static readonly HashSet<string> TopLevel = ["format", "lkeVersion", "year", "target", "unitHoldsWbk", "answers", "hasil", "scores"];

    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static ZiLkeParseResult Read(string json, Func<string, LkeTemplate?> findTemplate)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Failed("json", "Berkas kosong. Isi berkas harus berupa objek JSON berformat zi-lke/1.");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Failed("json", Malformed(ex));
        }
        using (document)
        {
            return Read(document.RootElement, findTemplate);
        }
    }

    private static ZiLkeParseResult Read(JsonElement root, Func<string, LkeTemplate?> findTemplate)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed("json", "Isi berkas harus berupa objek JSON ({ ... }) berformat zi-lke/1.");
        }
        var errors = new List<AnswerError>();
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = Properties(root, errors, name => ("json", $"Bagian \"{name}\" muncul lebih dari sekali."));
        foreach (var name in fields.Keys.Where(n => !TopLevel.Contains(n)))
        {
            errors.Add(new(name, $"Bagian \"{name}\" tidak dikenal pada format zi-lke/1."));
        }

        ReadFormat(fields, errors);
        var template = ReadTemplate(fields, findTemplate, errors);
        var year = ReadYear(fields, errors);
        var target = ReadTarget(fields, errors);
        var holdsWbk = ReadHoldsWbk(fields, errors);
        if (template is null)
        {
            return new ZiLkeParseResult(null, null, notes, errors);
        }

        var questions = new Dictionary<string, QuestionAnswer>(StringComparer.Ordinal);
        var hasil = new Dictionary<string, HasilAnswer>(StringComparer.Ordinal);
        if (fields.TryGetValue("answers", out var answersElement) && answersElement.ValueKind != JsonValueKind.Null)
        {
            ZiLkeAnswerReader.ReadAnswers(answersElement, template, questions, notes, errors);
        }
        if (fields.TryGetValue("hasil", out var hasilElement) && hasilElement.ValueKind != JsonValueKind.Null)
        {
            ZiLkeAnswerReader.ReadHasil(hasilElement, template, hasil, notes, errors);
        }
        var answers = new AnswerSet(questions, hasil, holdsWbk);
        errors.AddRange(LkeScorer.Validate(template, answers));
        var header = year is { } y && target is not null ? new ZiLkeHeader(template.VersionCode, y, target) : null;
        return new ZiLkeParseResult(header, answers, notes, errors);
    }

    /// <summary>The object's properties by name; a repeated name is reported with <paramref name="duplicate"/>.</summary>
    internal static Dictionary<string, JsonElement> Properties(JsonElement obj, List<AnswerError> errors, Func<string, (string Code, string Message)> duplicate)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!result.TryAdd(property.Name, property.Value))
            {
                var (code, message) = duplicate(property.Name);
                errors.Add(new(code, message));
            }
        }
        return result;
    }

    private static void ReadFormat(Dictionary<string, JsonElement> fields, List<AnswerError> errors)
    {
        if (!fields.TryGetValue("format", out var format))
        {
            errors.Add(new("format", $"Bagian \"format\" wajib ada dengan nilai \"{ZiLkeExchange.Format}\"."));
        }
        else if (format.ValueKind != JsonValueKind.String || format.GetString() != ZiLkeExchange.Format)
        {
            errors.Add(new("format", $"Format berkas {Show(format)} tidak didukung; gunakan \"{ZiLkeExchange.Format}\"."));
        }
    }

    private static LkeTemplate? ReadTemplate(Dictionary<string, JsonElement> fields, Func<string, LkeTemplate?> findTemplate, List<AnswerError> errors)
    {
        if (!fields.TryGetValue("lkeVersion", out var element) || element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
        {
            errors.Add(new("lkeVersion", "Bagian \"lkeVersion\" wajib diisi dengan kode versi LKE, misalnya \"permenpanrb-90-2021\"."));
            return null;
        }
        var code = element.GetString()!;
        var template = findTemplate(code);
        if (template is null)
        {
            errors.Add(new("lkeVersion", $"Versi LKE '{code}' tidak dikenal."));
        }
        return template;
    }

    private static int? ReadYear(Dictionary<string, JsonElement> fields, List<AnswerError> errors)
    {
        if (!fields.TryGetValue("year", out var element))
        {
            errors.Add(new("year", "Bagian \"year\" (tahun penilaian) wajib diisi, misalnya 2025."));
            return null;
        }
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var year) && year is >= MinYear and <= MaxYear)
        {
            return year;
        }
        errors.Add(new("year", $"Tahun penilaian {Show(element)} tidak valid; isi bilangan bulat antara {MinYear} dan {MaxYear}."));
        return null;
    }

    private static string? ReadTarget(Dictionary<string, JsonElement> fields, List<AnswerError> errors)
    {
        if (!fields.TryGetValue("target", out var element))
        {
            errors.Add(new("target", "Bagian \"target\" wajib diisi: WBK atau WBBM."));
            return null;
        }
        var target = element.ValueKind == JsonValueKind.String ? element.GetString()!.Trim().ToUpperInvariant() : null;
        if (target is not null && ZiLkeExchange.Targets.Contains(target))
        {
            return target;
        }
        errors.Add(new("target", $"Target {Show(element)} tidak valid; gunakan WBK atau WBBM."));
        return null;
    }

    private static bool ReadHoldsWbk(Dictionary<string, JsonElement> fields, List<AnswerError> errors)
    {
        if (!fields.TryGetValue("unitHoldsWbk", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return false;
        }
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }
        errors.Add(new("unitHoldsWbk", "Bagian \"unitHoldsWbk\" harus bernilai true atau false."));
        return false;
    }

    /// <summary>A JSON value as shown in a message: strings quoted, other values as written, long values cut.</summary>
    internal static string Show(JsonElement element)
    {
        var text = element.ValueKind == JsonValueKind.String ? $"'{element.GetString()}'" : element.GetRawText();
        return text.Length > 60 ? text[..57] + "…" : text;
    }

    private static string Malformed(JsonException ex)
    {
        var where = ex.LineNumber is { } line
            ? $" (baris {line + 1}, posisi {(ex.BytePositionInLine ?? 0) + 1})"
            : "";
        return $"Berkas bukan JSON yang valid{where}. Periksa tanda kutip, koma, titik dua dan kurung di sekitar posisi tersebut.";
    }

    private static ZiLkeParseResult Failed(string code, string message) =>
        new(null, null, new Dictionary<string, string>(), [new AnswerError(code, message)]);
}
