using System.Collections.Frozen;
using System.Text.Json;

namespace ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

/// <summary>
/// Common and breached passwords (the ~49,000 of the <c>@zxcvbn-ts/language-common</c> npm package, restored at build
/// and embedded in the assembly, never committed). A password is refused when, lower-cased, it is on the list, or
/// when it is a listed word with only digits and symbols added around it ("Password123!", "!!sunshine2026").
/// </summary>
public sealed class CommonPasswords
{
    public const string ResourceName = "ZonaIntegritas.Web.common-passwords.json";

    private readonly FrozenSet<string> _passwords;

    public CommonPasswords(IEnumerable<string> passwords) =>
        _passwords = passwords.Select(p => p.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    public int Count => _passwords.Count;

    private static readonly Lazy<CommonPasswords> ShippedList = new(Load);

    /// <summary>The list shipped with the portal (read once).</summary>
    public static CommonPasswords Shipped => ShippedList.Value;

    private static CommonPasswords Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common-password list ({ResourceName}) is missing from the build.");
        return new CommonPasswords(JsonSerializer.Deserialize<string[]>(stream) ?? []);
    }

    public bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (_passwords.Contains(lower))
        {
            return true;
        }
        var core = lower.Trim(" 0123456789!@#$%^&*()_+-=.,?~`'\"[]{}<>/\\|:;".ToCharArray());
        return core.Length >= 4 && core.Length < lower.Length && _passwords.Contains(core);
    }
}
