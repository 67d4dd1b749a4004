using System.Text.Json.Serialization;

namespace ZonaIntegritas.Web.Domain.IntegrityPacts;

/// <summary>Which text of a template a signer gets: officials (pimpinan/pejabat) or staff.</summary>
public enum PactVariant
{
    Pejabat = 1,
    Pegawai = 2,
}

/// <summary>The moment a campaign is held for (PermenPAN-RB 49/2011 practice).</summary>
public enum PactOccasion
{
    [JsonStringEnumMemberName("Pencanangan")]
    Declaration = 1,
    [JsonStringEnumMemberName("AwalTahun")]
    StartOfYear = 2,
    [JsonStringEnumMemberName("PelantikanMutasi")]
    InaugurationOrTransfer = 3,
    [JsonStringEnumMemberName("PegawaiBaru")]
    NewStaff = 4,
}

/// <summary>How a pact was signed: in the portal, or on paper (a wet-signed scan recorded by the Ketua Tim).</summary>
/// <remarks>The written names <c>Elektronik</c> and <c>Kertas</c> are part of the signature's fingerprint (<see cref="PactHash"/>).</remarks>
public enum SignatureMethod
{
    [JsonStringEnumMemberName("Elektronik")]
    Electronic = 1,
    [JsonStringEnumMemberName("Kertas")]
    Paper = 2,
}

public enum PactCampaignStatus
{
    Upcoming,
    Open,
    Closed,
}

public static class PactLabels
{
    public static string Label(this PactVariant variant) => variant switch
    {
        PactVariant.Pejabat => "Pejabat/pimpinan",
        _ => "Pegawai",
    };

    public static string Label(this PactOccasion occasion) => occasion switch
    {
        PactOccasion.Declaration => "Pencanangan",
        PactOccasion.StartOfYear => "Awal tahun",
        PactOccasion.InaugurationOrTransfer => "Pelantikan/mutasi",
        PactOccasion.NewStaff => "Pegawai baru",
        _ => occasion.ToString(),
    };

    public static string Label(this SignatureMethod method) => method switch
    {
        SignatureMethod.Paper => "kertas",
        _ => "elektronik",
    };

    public static string Label(this PactCampaignStatus status) => status switch
    {
        PactCampaignStatus.Upcoming => "Belum dibuka",
        PactCampaignStatus.Open => "Dibuka",
        _ => "Ditutup",
    };
}

/// <summary>
/// Picks the template variant from the jabatan: positions that lead a unit ("Kepala …", "Pimpinan …",
/// "Pejabat …", "Plt. Kepala …") sign the officials' text, everyone else the staff text. A simple, documented
/// rule; a campaign for one group only can use a template whose two texts are the same.
/// </summary>
public static class PactVariants
{
    private static readonly string[] OfficialPrefixes = ["kepala", "plt. kepala", "plt kepala", "pimpinan", "pejabat", "ketua"];

    public static PactVariant ForPosition(string? position)
    {
        var p = (position ?? "").Trim().ToLowerInvariant();
        return OfficialPrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.Ordinal)) ? PactVariant.Pejabat : PactVariant.Pegawai;
    }
}
