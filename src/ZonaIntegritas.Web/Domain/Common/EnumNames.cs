using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ZonaIntegritas.Web.Domain.Common;

/// <summary>
/// The name an enum member is written under outside the code (JSON, the audit log, form values, query strings, CSS and
/// HTML hooks): its <see cref="JsonStringEnumMemberNameAttribute"/> when it has one (members renamed to English keep their
/// old written name, docs/glossary.md), else the member name. <see cref="TryParse"/> reads any of the three spellings
/// back, so links and forms written before a rename keep working.
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<(Type, string), string> Cache = new();
    private static readonly ConcurrentDictionary<Type, bool> Renamed = new();

    public static string WrittenName(this Enum value)
    {
        var name = value.ToString();
        return Cache.GetOrAdd((value.GetType(), name), key =>
            key.Item1.GetField(key.Item2, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? key.Item2);
    }

    /// <summary>True when a member of <paramref name="enumType"/> is written under another name than its own.</summary>
    public static bool HasWrittenNames(Type enumType) => Renamed.GetOrAdd(enumType, type =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsDefined(typeof(JsonStringEnumMemberNameAttribute))));

    /// <summary>
    /// Reads a defined member of <paramref name="enumType"/> from its written name, its member name (both ignoring case)
    /// or its number; anything else (an unknown name, an undefined number, a combination "1,2") is refused.
    /// </summary>
    public static bool TryParse(Type enumType, string? text, out object? value)
    {
        value = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Contains(','))
        {
            return false;
        }
        foreach (var member in Enum.GetValues(enumType).Cast<Enum>())
        {
            if (string.Equals(member.WrittenName(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }
        if (Enum.TryParse(enumType, trimmed, ignoreCase: true, out var parsed) && Enum.IsDefined(enumType, parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }
}
