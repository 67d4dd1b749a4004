using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZonaIntegritas.Web.Domain.Lke.Exchange;

/// <summary>Writes a <c>zi-lke/1</c> file: header, answers and Hasil in template order, then every score unrounded.</summary>
internal static class ZiLkeWriter
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // A data file, never embedded in HTML: keep Indonesian text and dashes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(LkeTemplate template, ZiLkeHeader header, AnswerSet answers, IReadOnlyDictionary<string, string> notes)
    {
        var score = LkeScorer.Score(template, answers);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("format", ZiLkeExchange.Format);
            w.WriteString("lkeVersion", header.LkeVersion);
            w.WriteNumber("year", header.Year);
            w.WriteString("target", header.Target);
            w.WriteBoolean("unitHoldsWbk", answers.UnitHoldsWbk);
            WriteAnswers(w, template, answers, notes);
            WriteHasil(w, template, answers, notes);
            WriteScores(w, score);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteAnswers(Utf8JsonWriter w, LkeTemplate template, AnswerSet answers, IReadOnlyDictionary<string, string> notes)
    {
        w.WriteStartObject("answers");
        foreach (var question in template.Halves.SelectMany(h => h.Areas).SelectMany(a => a.Indicators).SelectMany(i => i.Questions))
        {
            answers.Questions.TryGetValue(question.Code, out var answer);
            var note = notes.GetValueOrDefault(question.Code);
            var inputs = question.Type == AnswerType.Percentage ? answer?.Inputs : null;
            var option = question.Type == AnswerType.Percentage ? null : answer?.OptionKey;
            if (inputs is null && option is null && string.IsNullOrWhiteSpace(note))
            {
                continue;
            }
            w.WriteStartObject(question.Code);
            if (option is not null)
            {
                w.WriteString("option", option);
            }
            if (inputs is not null)
            {
                w.WriteStartObject("inputs");
                var order = question.Percentage!.Inputs.Select(i => i.Key).ToList();
                foreach (var (key, value) in inputs.OrderBy(i => order.IndexOf(i.Key) is var at and >= 0 ? at : int.MaxValue).ThenBy(i => i.Key, StringComparer.Ordinal))
                {
                    w.WriteNumber(key, value);
                }
                w.WriteEndObject();
            }
            WriteNote(w, note);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteHasil(Utf8JsonWriter w, LkeTemplate template, AnswerSet answers, IReadOnlyDictionary<string, string> notes)
    {
        w.WriteStartObject("hasil");
        foreach (var item in template.Hasil)
        {
            answers.Hasil.TryGetValue(item.Code, out var answer);
            var note = notes.GetValueOrDefault(item.Code);
            var index = item.Kind == HasilKind.SurveyIndex ? answer?.Index : null;
            var option = item.Kind == HasilKind.Grade ? answer?.OptionKey : null;
            if (index is null && option is null && string.IsNullOrWhiteSpace(note))
            {
                continue;
            }
            w.WriteStartObject(item.Code);
            if (index is { } value)
            {
                w.WriteNumber("index", Exact(value));
                if (answer!.ScaleMin != 1m || answer.ScaleMax != 4m)
                {
                    w.WriteNumber("scaleMin", Exact(answer.ScaleMin));
                    w.WriteNumber("scaleMax", Exact(answer.ScaleMax));
                }
            }
            if (option is not null)
            {
                w.WriteString("option", option);
            }
            if (answer is { Provisional: true } && (index is not null || option is not null))
            {
                w.WriteBoolean("provisional", true);
            }
            WriteNote(w, note);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>The <c>scores</c> object (also written by the planner's output).</summary>
    internal static void WriteScores(Utf8JsonWriter w, ScoreResult score)
    {
        w.WriteStartObject("scores");
        WriteMap(w, "questions", score.Questions);
        WriteMap(w, "indicators", score.Indicators);
        WriteMap(w, "areas", score.Areas);
        WriteMap(w, "halves", score.Halves);
        WriteMap(w, "hasil", score.Hasil);
        w.WriteNumber("pengungkit", Exact(score.Pengungkit));
        w.WriteNumber("hasilTotal", Exact(score.HasilTotal));
        w.WriteNumber("total", Exact(score.Total));
        WriteList(w, "unanswered", score.Unanswered);
        WriteList(w, "hasilMissing", score.HasilMissing);
        w.WriteStartObject("gates");
        WriteGate(w, score.Wbk);
        WriteGate(w, score.Wbbm);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteGate(Utf8JsonWriter w, GateResult gate)
    {
        w.WriteStartObject(gate.Predicate);
        w.WriteBoolean("passed", gate.Passed);
        w.WriteStartArray("checks");
        foreach (var check in gate.Checks)
        {
            w.WriteStartObject();
            w.WriteString("code", check.Code);
            w.WriteString("label", check.Label);
            w.WriteNumber("value", Exact(check.Value));
            w.WriteNumber("minimum", Exact(check.Minimum));
            w.WriteBoolean("passed", check.Passed);
            w.WriteNumber("gap", Exact(check.Gap));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, decimal> values)
    {
        w.WriteStartObject(name);
        foreach (var (code, value) in values)
        {
            w.WriteNumber(code, Exact(value));
        }
        w.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter w, string name, IEnumerable<string> codes)
    {
        w.WriteStartArray(name);
        foreach (var code in codes)
        {
            w.WriteStringValue(code);
        }
        w.WriteEndArray();
    }

    private static void WriteNote(Utf8JsonWriter w, string? note)
    {
        if (!string.IsNullOrWhiteSpace(note))
        {
            w.WriteString("note", note);
        }
    }

    private static decimal Exact(decimal value) => LkeDecimal.Trim(value);
}
