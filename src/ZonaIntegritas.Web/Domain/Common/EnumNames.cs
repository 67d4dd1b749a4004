using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ZonaIntegritas.Web.Domain.Common;

/// <summary>
/// The name an enum member is written under outside the code (JSON, the audit log, HTML hooks): its
/// <see cref="JsonStringEnumMemberNameAttribute"/> when it has one (members renamed to English keep their old
/// written name, docs/glossary.md), else the member name.
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<(Type, string), string> Cache = new();

    public static string WrittenName(this Enum value)
    {
        var name = value.ToString();
        return Cache.GetOrAdd((value.GetType(), name), key =>
            key.Item1.GetField(key.Item2, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? key.Item2);
    }
}
