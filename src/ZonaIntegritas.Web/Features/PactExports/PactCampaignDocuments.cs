using System.Globalization;
using System.Text.Json.Serialization;
using CsvHelper;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Office;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.PactExports;

/// <summary>Which participants a list holds; links carry the written names <c>Semua</c> · <c>Belum</c> · <c>Sudah</c>.</summary>
public enum PactListFilter
{
    [JsonStringEnumMemberName("Semua")]
    All,
    [JsonStringEnumMemberName("Belum")]
    NotSigned,
    [JsonStringEnumMemberName("Sudah")]
    Signed,
}

/// <summary>
/// A campaign's documents: the participant list (CSV/XLSX, all or only signed/unsigned) and one combined PDF of
/// all valid signed pacts. Callers check access first (they load the campaign through the campaign service).
/// </summary>
public sealed class PactCampaignDocuments(PactParticipantService participants, PactDocumentFactory documents)
{
    private static readonly string[] Headers = ["No", "Nama", "NIP", "Jabatan", "Unit kerja", "Status", "Metode", "Waktu tanda tangan", "Kode verifikasi"];
    private static readonly double[] Widths = [5, 32, 21, 32, 36, 10, 11, 24, 36];

    public async Task<byte[]> CsvAsync(PactCampaign campaign, PactListFilter filter, CancellationToken ct = default)
    {
        var rows = await RowsAsync(campaign, filter, ct);
        // Semicolons open correctly in spreadsheet programs set to Indonesian; formula-like text is escaped.
        var options = CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(Headers);
            foreach (var row in rows)
            {
                await csv.WriteRecordAsync(row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray(), ct);
            }
        }
        return buffer.ToArray();
    }

    public async Task<byte[]> XlsxAsync(PactCampaign campaign, PactListFilter filter, CancellationToken ct = default) =>
        SimpleXlsx.Write("Pakta Integritas", Headers, await RowsAsync(campaign, filter, ct), Widths);

    public async Task<byte[]> CombinedPdfAsync(PactCampaign campaign, CancellationToken ct = default)
    {
        var docs = await documents.LoadAsync(s => s.CampaignId == campaign.Id && s.VoidedAtUtc == null, ct);
        return PactPdfWriter.Combined(campaign.Title, docs);
    }

    public async Task<(int Signed, int Total)> CountsAsync(PactCampaign campaign, CancellationToken ct = default)
    {
        var list = await participants.ListAsync(campaign, ct);
        return (list.Count(p => p.HasSigned), list.Count);
    }

    private async Task<List<IReadOnlyList<object?>>> RowsAsync(PactCampaign campaign, PactListFilter filter, CancellationToken ct)
    {
        var zone = campaign.Unit?.TimeZone ?? Domain.Units.IndonesianTimeZone.Wib;
        var list = (await participants.ListAsync(campaign, ct))
            .Where(p => filter == PactListFilter.All || (filter == PactListFilter.Signed) == p.HasSigned)
            .ToList();
        return list.Select((p, i) => (IReadOnlyList<object?>)
            [
                i + 1, p.FullName, p.Nip ?? "", p.Position ?? "", p.UnitName, p.HasSigned ? "Sudah" : "Belum",
                p.Method?.Label() ?? "", p.SignedAtUtc is { } at ? Fmt.DateTime(at, zone) : "", p.VerificationCode ?? "",
            ]).ToList();
    }
}
