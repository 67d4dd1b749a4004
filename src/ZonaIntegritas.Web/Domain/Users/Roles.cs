namespace ZonaIntegritas.Web.Domain.Users;

/// <summary>The portal's roles. Role names are identifiers; their Indonesian labels are in <see cref="Label"/>.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Pimpinan = "Pimpinan";
    public const string KetuaTim = "KetuaTim";
    public const string AnggotaTim = "AnggotaTim";
    public const string PenilaiInternal = "PenilaiInternal";
    public const string Pegawai = "Pegawai";

    /// <summary>
    /// The only global role, for the operator of a shared Kanwil server: granted from configuration
    /// (<c>Security:SuperAdminEmails</c>), never from the user pages, so it is not in <see cref="All"/>.
    /// </summary>
    public const string SuperAdmin = "SuperAdmin";

    public static readonly IReadOnlyList<string> All =
        [Administrator, Pimpinan, KetuaTim, AnggotaTim, PenilaiInternal, Pegawai];

    public static string Label(string role) => role switch
    {
        Administrator => "Administrator",
        Pimpinan => "Pimpinan (Kepala Kantor)",
        KetuaTim => "Ketua Tim ZI",
        AnggotaTim => "Anggota Tim ZI",
        PenilaiInternal => "Penilai Internal",
        Pegawai => "Pegawai",
        SuperAdmin => "Super Admin",
        _ => role,
    };
}
