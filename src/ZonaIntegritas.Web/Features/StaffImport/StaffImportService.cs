using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.StaffImport;

/// <summary>
/// Staff CSV import in two steps: upload → preview (nothing written) → confirm, which re-reads the stored file
/// and writes all valid rows in one transaction, or nothing.
/// </summary>
public sealed class StaffImportService(
    AppDbContext db,
    ResourceAccess scope,
    ICurrentUser currentUser,
    StaffImportStore store,
    ILogger<StaffImportService> logger)
{
    private string UserId => currentUser.UserId ?? throw new ForbiddenException();

    /// <summary>Checks the file as a whole and keeps it for the preview; returns the import id.</summary>
    public async Task<string> UploadAsync(byte[] content, string fileName, CancellationToken ct)
    {
        var parsed = StaffCsvParser.Parse(content);
        if (parsed.Error is { } error)
        {
            throw new DomainException(error);
        }
        var id = await store.SaveAsync(content, UserId, fileName, ct);
        logger.LogInformation("Staff import {ImportId} uploaded by {UserId} with {RowCount} rows", id, UserId, parsed.Rows.Count);
        return id;
    }

    public async Task<StaffImportPreviewViewModel> PreviewAsync(string id, string? status, CancellationToken ct)
    {
        var stored = await LoadAsync(id, ct);
        var (parsed, plans) = await PlanAsync(stored.Content, ct);
        var filter = status switch
        {
            "baru" => ImportRowStatus.New,
            "diperbarui" => ImportRowStatus.Update,
            "galat" => ImportRowStatus.Error,
            _ => (ImportRowStatus?)null,
        };
        var errors = plans.SelectMany(p => p.Errors.Select(e => new ImportErrorLine(p.Row.Line, e.Column, e.Message))).ToList();
        return new StaffImportPreviewViewModel(
            stored.Id, stored.Info.FileName, stored.Info.UploadedAtUtc, parsed.Separator, parsed.IgnoredColumns,
            plans.Count(p => p.Status == ImportRowStatus.New),
            plans.Count(p => p.Status == ImportRowStatus.Update),
            plans.Count(p => p.Status == ImportRowStatus.Error),
            errors,
            filter is { } f ? plans.Where(p => p.Status == f).ToList() : plans,
            filter is null ? null : status);
    }

    /// <summary>Writes every valid row in one transaction; with errors present only when <paramref name="onlyValid"/>.</summary>
    public async Task<StaffImportResult> ConfirmAsync(string id, bool onlyValid, CancellationToken ct)
    {
        var stored = await LoadAsync(id, ct);
        var (_, plans) = await PlanAsync(stored.Content, ct);
        var errorCount = plans.Count(p => !p.IsValid);
        if (errorCount > 0 && !onlyValid)
        {
            throw new DomainException($"Masih ada {errorCount} baris galat, jadi belum ada data yang diimpor. "
                + "Perbaiki berkas lalu unggah ulang, atau pilih \"Impor hanya baris valid\".");
        }
        var valid = plans.Where(p => p.IsValid).ToList();
        if (valid.Count == 0)
        {
            throw new DomainException("Tidak ada baris valid yang dapat diimpor. Perbaiki berkas lalu unggah ulang.");
        }
        var updateIds = valid.Where(p => p.ExistingId is not null).Select(p => p.ExistingId!.Value).ToList();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var tracked = await db.Staff.Where(s => updateIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            foreach (var plan in valid)
            {
                var staff = plan.ExistingId is { } existingId ? tracked[existingId] : db.Staff.Add(new StaffMember { FullName = plan.Row.Name }).Entity;
                Apply(staff, plan);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            logger.LogError(ex, "Staff import {ImportId} failed; nothing was written", id);
            throw new DomainException("Impor gagal disimpan ke basis data, sehingga tidak ada satu pun data yang diubah. "
                + "Kemungkinan data pegawai baru saja diubah pengguna lain; buka pratinjau lagi lalu coba ulang.");
        }
        store.Delete(id);
        var result = new StaffImportResult(valid.Count(p => p.ExistingId is null), updateIds.Count, errorCount);
        logger.LogInformation("Staff import {ImportId} by {UserId}: {Created} created, {Updated} updated, {Skipped} skipped",
            id, UserId, result.Created, result.Updated, result.Skipped);
        return result;
    }

    public async Task CancelAsync(string id, CancellationToken ct)
    {
        var stored = await LoadAsync(id, ct);
        store.Delete(stored.Id);
    }

    /// <summary>The template: UTF-8 with BOM (so Excel reads it as UTF-8), the header and two example rows.</summary>
    public async Task<byte[]> TemplateAsync(CancellationToken ct)
    {
        var unitCode = await db.Units.AsNoTracking().Where(u => u.Id == currentUser.UnitId).Select(u => u.Code).FirstOrDefaultAsync(ct) ?? "KODE-UNIT";
        var text = new StringBuilder()
            .Append(string.Join(",", StaffCsvColumns.All)).Append("\r\n")
            .Append("198503152010011001,\"Ahmad Hidayat, S.Ag.\",Penyuluh Agama Islam,III/c,PNS,").Append(unitCode).Append(",ahmad.hidayat@kemenag.go.id,ya\r\n")
            .Append(",Siti Rahmawati,Pengadministrasi Umum,,Non-ASN,").Append(unitCode).Append(",,ya\r\n")
            .ToString();
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    private static void Apply(StaffMember staff, ImportRowPlan plan)
    {
        var row = plan.Row;
        staff.Nip = plan.Nip;
        staff.FullName = row.Name;
        staff.Position = Empty(row.Position);
        staff.RankGrade = Empty(row.RankGrade);
        staff.EmploymentType = plan.EmploymentType!.Value;
        staff.UnitId = plan.Unit!.Id;
        staff.Email = Empty(row.Email);
        staff.IsActive = plan.IsActive;
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private async Task<StoredImport> LoadAsync(string id, CancellationToken ct) =>
        await store.LoadAsync(id, UserId, ct)
        ?? throw new NotFoundException("Data impor tidak ditemukan atau sudah kedaluwarsa. Unggah ulang berkas Anda.");

    private async Task<(StaffCsvParseResult Parsed, IReadOnlyList<ImportRowPlan> Plans)> PlanAsync(byte[] content, CancellationToken ct)
    {
        var parsed = StaffCsvParser.Parse(content);
        if (parsed.Error is { } error)
        {
            throw new DomainException(error);
        }
        var visible = await scope.VisibleUnitIdsAsync(ct);
        var units = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name, u.IsActive }).ToListAsync(ct))
            .Select(u => new ImportUnit(u.Id, u.Code, u.Name, u.IsActive, visible.Contains(u.Id)))
            .GroupBy(u => u.Code.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.First());

        var nips = parsed.Rows.Select(r => StaffImportPlanner.CleanNip(r.Nip)).Where(n => n.Length == 18).Distinct().ToList();
        var unitIds = parsed.Rows
            .Select(r => units.GetValueOrDefault(r.UnitCode.ToUpperInvariant()))
            .Where(u => u is { InScope: true })
            .Select(u => u!.Id).Distinct().ToList();
        var candidates = await db.Staff.AsNoTracking()
            .Where(s => (s.Nip != null && nips.Contains(s.Nip)) || (s.Nip == null && unitIds.Contains(s.UnitId)))
            .ToListAsync(ct);
        var existing = candidates.Select(s => new ImportExistingStaff(s.Id, s.Nip, s.FullName, s.Position, s.RankGrade,
                s.EmploymentType, s.UnitId, s.Email, s.IsActive, visible.Contains(s.UnitId)))
            .ToList();
        return (parsed, StaffImportPlanner.Plan(parsed.Rows, units, existing));
    }
}
