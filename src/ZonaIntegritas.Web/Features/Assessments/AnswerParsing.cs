using System.Globalization;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>Reads a posted answer (option key or whole-number inputs) against the question's definition.</summary>
public static class AnswerParsing
{
    private const long MaxInput = 1_000_000_000;

    /// <summary>
    /// The option key (checked against the question's options) or the filled-in numeric inputs in the template's
    /// order. Partially filled inputs are kept (a draft: the scorer counts the question unanswered until complete).
    /// </summary>
    public static (string? OptionKey, IReadOnlyDictionary<string, long>? Inputs) Parse(
        LkeQuestionDef question, string? optionKey, IReadOnlyDictionary<string, string?> inputs)
    {
        if (question.Percentage is not { } rule)
        {
            var key = string.IsNullOrWhiteSpace(optionKey) ? null : optionKey.Trim();
            if (key is not null && question.Options.All(o => o.Key != key))
            {
                throw new DomainException($"Pilihan '{key}' tidak valid untuk {question.Code}; pilihan yang tersedia: {string.Join(", ", question.Options.Select(o => o.Key))}.");
            }
            return (key, null);
        }
        var unknown = inputs.Keys.FirstOrDefault(k => rule.Inputs.All(i => i.Key != k));
        if (unknown is not null)
        {
            throw new DomainException($"Isian '{unknown}' tidak dikenal pada {question.Code}.");
        }
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var field in rule.Inputs)
        {
            if (!inputs.TryGetValue(field.Key, out var raw) || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            if (!long.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > MaxInput)
            {
                throw new DomainException($"{field.Label} ({question.Code}) harus bilangan bulat 0 atau lebih; isian '{raw.Trim()}' tidak valid.");
            }
            values[field.Key] = n;
        }
        if (rule.PartOfWholeError(question.Code, values) is { } partOfWhole)
        {
            throw new DomainException(partOfWhole);
        }
        return (null, values.Count == 0 ? null : values);
    }
}
