using System.Text.Json;

namespace ZonaIntegritas.Web.Domain.Lke.Exchange;

/// <summary>
/// Reads the <c>answers</c> and <c>hasil</c> sections. Only the shape is checked here (types, known codes, fields
/// that fit the question); option keys, input names, negative numbers and index ranges are left to
/// <see cref="LkeScorer.Validate"/>, so each problem is reported once. An entry with a shape problem is left out.
/// </summary>
internal static class ZiLkeAnswerReader
{
    private static readonly HashSet<string> AnswerFields = ["option", "inputs", "note"];
    private static readonly HashSet<string> HasilFields = ["index", "scaleMin", "scaleMax", "provisional", "option", "note"];

    public static void ReadAnswers(JsonElement section, LkeTemplate template, Dictionary<string, QuestionAnswer> questions,
        Dictionary<string, string> notes, List<AnswerError> errors)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("answers", "Bagian \"answers\" harus berupa objek: kode pertanyaan → jawaban, misalnya {\"PPA1A\": {\"option\": \"Ya\"}}."));
            return;
        }
        var entries = ZiLkeReader.Properties(section, errors, code => (code, $"Jawaban {code} muncul lebih dari sekali."));
        foreach (var (code, element) in entries)
        {
            var question = template.FindQuestion(code);
            if (question is null)
            {
                errors.Add(new(code, template.FindHasil(code) is not null
                    ? $"{code} adalah komponen hasil; tuliskan di bagian \"hasil\", bukan \"answers\"."
                    : $"Kode pertanyaan {code} tidak dikenal pada LKE {template.VersionCode}."));
                continue;
            }
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(code, $"Jawaban {code} harus berupa objek, misalnya {Example(question)}."));
                continue;
            }
            var count = errors.Count;
            var fields = Fields(element, code, AnswerFields, "\"option\", \"inputs\" atau \"note\"", errors);
            ReadNote(fields, code, notes, errors);
            var answer = question.Type == AnswerType.Percentage
                ? ReadInputs(fields, question, notes.ContainsKey(code), errors)
                : ReadOption(fields, question, notes.ContainsKey(code), errors);
            if (answer is not null && errors.Count == count)
            {
                questions[code] = answer;
            }
        }
    }

    public static void ReadHasil(JsonElement section, LkeTemplate template, Dictionary<string, HasilAnswer> hasil,
        Dictionary<string, string> notes, List<AnswerError> errors)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("hasil", "Bagian \"hasil\" harus berupa objek: kode hasil → nilai, misalnya {\"HBA\": {\"index\": 3.7}}."));
            return;
        }
        var entries = ZiLkeReader.Properties(section, errors, code => (code, $"Hasil {code} muncul lebih dari sekali."));
        foreach (var (code, element) in entries)
        {
            var item = template.FindHasil(code);
            if (item is null)
            {
                errors.Add(new(code, template.FindQuestion(code) is not null
                    ? $"{code} adalah pertanyaan; tuliskan di bagian \"answers\", bukan \"hasil\"."
                    : $"Kode hasil {code} tidak dikenal pada LKE {template.VersionCode}."));
                continue;
            }
            var example = item.Kind == HasilKind.Grade ? "{\"option\": \"B\"}" : "{\"index\": 3.7}";
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(code, $"Hasil {code} harus berupa objek, misalnya {example}."));
                continue;
            }
            var count = errors.Count;
            var fields = Fields(element, code, HasilFields, "\"index\", \"scaleMin\", \"scaleMax\", \"provisional\", \"option\" atau \"note\"", errors);
            ReadNote(fields, code, notes, errors);
            var provisional = ReadProvisional(fields, code, errors);
            var answer = item.Kind == HasilKind.Grade
                ? ReadGrade(fields, item, provisional, notes.ContainsKey(code), errors)
                : ReadIndex(fields, code, provisional, notes.ContainsKey(code), errors);
            if (answer is not null && errors.Count == count)
            {
                hasil[code] = answer;
            }
        }
    }

    private static QuestionAnswer? ReadOption(Dictionary<string, JsonElement> fields, LkeQuestionDef question, bool hasNote, List<AnswerError> errors)
    {
        var keys = string.Join(", ", question.Options.Select(o => o.Key));
        if (Present(fields, "inputs"))
        {
            errors.Add(new(question.Code, $"Pertanyaan {question.Code} dijawab dengan pilihan ({keys}), bukan dengan isian angka."));
        }
        if (!Present(fields, "option"))
        {
            if (!hasNote && !Present(fields, "inputs"))
            {
                errors.Add(new(question.Code, $"Jawaban {question.Code} kosong; isi \"option\" dengan salah satu pilihan: {keys}."));
            }
            return null;
        }
        var option = fields["option"];
        if (option.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(question.Code, $"Pilihan {question.Code} harus berupa teks (salah satu dari {keys}), bukan {ZiLkeReader.Show(option)}."));
            return null;
        }
        return QuestionAnswer.Option(option.GetString()!);
    }

    private static QuestionAnswer? ReadInputs(Dictionary<string, JsonElement> fields, LkeQuestionDef question, bool hasNote, List<AnswerError> errors)
    {
        var code = question.Code;
        var keys = string.Join(", ", question.Percentage!.Inputs.Select(i => i.Key));
        if (Present(fields, "option"))
        {
            errors.Add(new(code, $"Pertanyaan {code} diisi dengan angka ({keys}), bukan dengan pilihan."));
        }
        if (!Present(fields, "inputs"))
        {
            if (!hasNote && !Present(fields, "option"))
            {
                errors.Add(new(code, $"Pertanyaan {code} diisi dengan angka: {keys}."));
            }
            return null;
        }
        var element = fields["inputs"];
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(code, $"Isian {code} harus berupa objek angka, misalnya {Example(question)}."));
            return null;
        }
        var inputs = new Dictionary<string, long>(StringComparer.Ordinal);
        var entries = ZiLkeReader.Properties(element, errors, key => (code, $"Isian '{key}' pada {code} muncul lebih dari sekali."));
        foreach (var (key, value) in entries)
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
            {
                errors.Add(new(code, $"Isian '{key}' pada {code} harus berupa angka, bukan {ZiLkeReader.Show(value)}."));
            }
            else if (number != decimal.Truncate(number) || number is > long.MaxValue or < long.MinValue)
            {
                errors.Add(new(code, $"Isian '{key}' pada {code} harus bilangan bulat (tanpa desimal), bukan {ZiLkeReader.Show(value)}."));
            }
            else
            {
                inputs[key] = (long)number;
            }
        }
        return QuestionAnswer.FromInputs(inputs);
    }

    private static HasilAnswer? ReadGrade(Dictionary<string, JsonElement> fields, HasilItemDef item, bool provisional, bool hasNote, List<AnswerError> errors)
    {
        var keys = string.Join(", ", item.Options.Select(o => o.Key));
        if (Present(fields, "index") || Present(fields, "scaleMin") || Present(fields, "scaleMax"))
        {
            errors.Add(new(item.Code, $"Hasil {item.Code} diisi dengan pilihan ({keys}), bukan dengan indeks."));
        }
        if (!Present(fields, "option"))
        {
            if (!hasNote && !Present(fields, "index"))
            {
                errors.Add(new(item.Code, $"Nilai {item.Code} wajib dipilih; pilihan yang tersedia: {keys}."));
            }
            return null;
        }
        var option = fields["option"];
        if (option.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(item.Code, $"Pilihan {item.Code} harus berupa teks (salah satu dari {keys}), bukan {ZiLkeReader.Show(option)}."));
            return null;
        }
        return new HasilAnswer(null, OptionKey: option.GetString(), Provisional: provisional);
    }

    private static HasilAnswer? ReadIndex(Dictionary<string, JsonElement> fields, string code, bool provisional, bool hasNote, List<AnswerError> errors)
    {
        if (Present(fields, "option"))
        {
            errors.Add(new(code, $"Hasil {code} diisi dengan indeks survei (\"index\"), bukan dengan pilihan."));
        }
        var scaleMin = ReadNumber(fields, "scaleMin", code, "Batas bawah skala", errors) ?? 1m;
        var scaleMax = ReadNumber(fields, "scaleMax", code, "Batas atas skala", errors) ?? 4m;
        if (!Present(fields, "index"))
        {
            if (!hasNote && !Present(fields, "option"))
            {
                errors.Add(new(code, $"Indeks {code} wajib diisi."));
            }
            return null;
        }
        var index = ReadNumber(fields, "index", code, "Indeks", errors);
        return index is null ? null : new HasilAnswer(index, scaleMin, scaleMax, null, provisional);
    }

    private static decimal? ReadNumber(Dictionary<string, JsonElement> fields, string name, string code, string label, List<AnswerError> errors)
    {
        if (!Present(fields, name))
        {
            return null;
        }
        var element = fields[name];
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value))
        {
            return value;
        }
        errors.Add(new(code, $"{label} {code} harus berupa angka dengan titik desimal (misalnya 3.7), bukan {ZiLkeReader.Show(element)}."));
        return null;
    }

    private static bool ReadProvisional(Dictionary<string, JsonElement> fields, string code, List<AnswerError> errors)
    {
        if (!Present(fields, "provisional"))
        {
            return false;
        }
        var element = fields["provisional"];
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }
        errors.Add(new(code, $"Penanda \"provisional\" pada {code} harus bernilai true atau false."));
        return false;
    }

    private static void ReadNote(Dictionary<string, JsonElement> fields, string code, Dictionary<string, string> notes, List<AnswerError> errors)
    {
        if (!Present(fields, "note"))
        {
            return;
        }
        var note = fields["note"];
        if (note.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(code, $"Catatan (\"note\") pada {code} harus berupa teks."));
        }
        else if (!string.IsNullOrWhiteSpace(note.GetString()))
        {
            notes[code] = note.GetString()!;
        }
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement element, string code, HashSet<string> allowed, string allowedText, List<AnswerError> errors)
    {
        var fields = ZiLkeReader.Properties(element, errors, name => (code, $"Isian \"{name}\" pada {code} muncul lebih dari sekali."));
        foreach (var name in fields.Keys.Where(n => !allowed.Contains(n)))
        {
            errors.Add(new(code, $"Isian \"{name}\" tidak dikenal pada {code}; gunakan {allowedText}."));
        }
        return fields;
    }

    private static bool Present(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var element) && element.ValueKind != JsonValueKind.Null;

    private static string Example(LkeQuestionDef question) => question.Type == AnswerType.Percentage
        ? "{\"inputs\": {" + string.Join(", ", question.Percentage!.Inputs.Select(i => $"\"{i.Key}\": 0")) + "}}"
        : $"{{\"option\": \"{question.Options[0].Key}\"}}";
}
