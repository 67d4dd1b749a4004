namespace ZonaIntegritas.Web.Domain.Common;

/// <summary>
/// The six change areas (area perubahan) of PermenPAN-RB 90/2021. The letter is the area's key everywhere:
/// LKE area codes are half + letter (PPA = Pemenuhan, area A; PRA = Reform, area A).
/// </summary>
public static class ChangeAreas
{
    public sealed record Area(string Code, string Name, string ShortName);

    public static readonly IReadOnlyList<Area> All =
    [
        new("A", "Manajemen Perubahan", "MP"),
        new("B", "Penataan Tatalaksana", "Tatalaksana"),
        new("C", "Penataan Sistem Manajemen SDM Aparatur", "SDM"),
        new("D", "Penguatan Akuntabilitas Kinerja", "Akuntabilitas"),
        new("E", "Penguatan Pengawasan", "Pengawasan"),
        new("F", "Peningkatan Kualitas Pelayanan Publik", "Pelayanan Publik"),
    ];

    public static bool IsValid(string? code) => All.Any(a => a.Code == code);

    public static string NameOf(string code) => All.FirstOrDefault(a => a.Code == code)?.Name ?? code;

    /// <summary>The area letter of an LKE question, indicator or area code (PPA1A → A, PRF → F).</summary>
    public static string? FromLkeCode(string? lkeCode) =>
        lkeCode is { Length: >= 3 } && (lkeCode.StartsWith("PP", StringComparison.Ordinal) || lkeCode.StartsWith("PR", StringComparison.Ordinal)) && IsValid(lkeCode[2..3])
            ? lkeCode[2..3]
            : null;
}
