using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Infrastructure.Pdf;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>
/// "Simpan sebagai eviden" on the printable roster: the roster of a unit-year as an A4 PDF, filed in the
/// evidence library and linked to PPA1A (the team is formed) and, when the decree records how members were
/// chosen, PPA1B (the selection mechanism). The controller requires ManageRosters; TeamService checks the unit scope.
/// </summary>
public sealed class TeamRosterEvidence(TeamService teams, EvidenceUploadService evidence)
{
    public async Task<int> FileAsync(int unitId, int year, CancellationToken ct)
    {
        var roster = await teams.GetRosterAsync(unitId, year, ct);
        var decree = roster.Decree ?? throw new DomainException($"Belum ada SK Tim ZI untuk tahun {year}; isi SK dan anggota tim terlebih dahulu.");
        if (roster.Members.Count == 0)
        {
            throw new DomainException("Susunan tim masih kosong; tambahkan anggota terlebih dahulu.");
        }
        string[] codes = decree.SelectionMechanism is null ? ["PPA1A"] : ["PPA1A", "PPA1B"];
        return await evidence.FileGeneratedAsync(new GeneratedEvidence(roster.Unit.Id, year,
            $"Susunan Tim Kerja ZI {year} – SK {decree.Number}",
            $"Dibuat otomatis dari register Tim ZI: {roster.Members.Count} keanggotaan berdasarkan SK {decree.Number} tanggal {Fmt.Date(decree.DecreeDate)}.",
            decree.DecreeDate, "tim zi, sk", codes, $"susunan-tim-zi-{year}.pdf", Pdf(roster, decree)), ct);
    }

    public static byte[] Pdf(TeamRosterViewModel roster, TeamDecreeViewModel decree)
    {
        using var pdf = new PdfDocumentBuilder(title: $"Susunan Tim Kerja ZI {roster.Year}")
        {
            FooterText = $"{roster.Unit.Name} · dicetak dari Portal Zona Integritas pada {Fmt.Date(roster.Today)}",
        };
        pdf.Paragraph("SUSUNAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", PdfTextStyle.Title with { SpaceAfter = 2 });
        pdf.Paragraph("MENUJU WILAYAH BEBAS DARI KORUPSI / WILAYAH BIROKRASI BERSIH DAN MELAYANI", PdfTextStyle.Title with { Size = 11, SpaceAfter = 2 });
        pdf.Paragraph($"{roster.Unit.Name.ToUpperInvariant()} · TAHUN {roster.Year}", PdfTextStyle.Title with { Size = 11 });
        List<(string, string)> fields =
        [
            ("Dasar", $"Keputusan Nomor {decree.Number} tanggal {Fmt.Date(decree.DecreeDate)}"),
            ("Ditetapkan oleh", decree.SignedBy),
            ("Masa berlaku", $"{Fmt.Date(decree.ValidFrom)} s.d. {Fmt.Date(decree.ValidTo)}"),
        ];
        if (decree.SelectionMechanism is { } mechanism)
        {
            fields.Add(("Mekanisme pemilihan", mechanism));
        }
        pdf.Fields(fields, labelWidth: 120);
        pdf.Spacer(6);
        var table = new PdfTable([
            new PdfColumn("No", 0.4, PdfAlign.Right), new PdfColumn("Nama / NIP", 2.4), new PdfColumn("Jabatan", 2),
            new PdfColumn("Kedudukan dalam tim", 2), new PdfColumn("Masa tugas", 1.8)]);
        var no = 0;
        foreach (var m in roster.Members)
        {
            var role = m.Role.Label() + (m.AreaCode is null ? "" : " " + ChangeAreas.NameOf(m.AreaCode));
            var term = $"{Fmt.Date(m.ValidFrom)} – {Fmt.Date(m.ValidTo)}"
                + (m.ReplacedByName is not null ? $"\ndiganti oleh {m.ReplacedByName}" : m.EndReason is { } r ? $"\nberakhir ({r.Label()})" : "");
            table.AddRow((++no).ToString(Fmt.Id), $"{m.FullName}\n{m.Nip ?? "–"}", m.Position ?? "", role, term);
        }
        pdf.Table(table);
        return pdf.ToPdf();
    }
}
