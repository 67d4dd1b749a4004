using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Features.Staff;

namespace ZonaIntegritas.Web.Features.StaffImport;

public enum ImportRowStatus
{
    New,
    Update,
    Error,
}

/// <summary>A problem in one cell (or in the row as a whole when <see cref="Column"/> is empty).</summary>
public sealed record ImportRowError(string Column, string Message);

/// <summary>A unit as the import sees it: looked up by code, with the user's scope already applied.</summary>
public sealed record ImportUnit(int Id, string Code, string Name, bool IsActive, bool InScope);

/// <summary>A staff record that a row may update (same NIP; or, without NIP, same name in the same unit).</summary>
public sealed record ImportExistingStaff(
    int Id,
    string? Nip,
    string FullName,
    string? Position,
    string? RankGrade,
    EmploymentType EmploymentType,
    int UnitId,
    string? Email,
    bool IsActive,
    bool InScope);

/// <summary>What will happen to one row: the cleaned values to write, or why it cannot be imported.</summary>
public sealed record ImportRowPlan(
    StaffCsvRow Row,
    ImportRowStatus Status,
    IReadOnlyList<ImportRowError> Errors,
    int? ExistingId,
    string? Nip,
    EmploymentType? EmploymentType,
    ImportUnit? Unit,
    bool IsActive,
    IReadOnlyList<string> Changes)
{
    public bool IsValid => Status != ImportRowStatus.Error;
}

/// <summary>
/// Decides, row by row, whether the import creates, updates or rejects (with reasons in Bahasa Indonesia).
/// Pure: the caller supplies the units by code and the existing staff records that rows may match.
/// </summary>
public static class StaffImportPlanner
{
    private static readonly string[] TrueWords = ["ya", "y", "yes", "true", "1", "aktif"];
    private static readonly string[] FalseWords = ["tidak", "t", "no", "n", "false", "0", "nonaktif", "non aktif", "non-aktif", "tidak aktif"];

    public static IReadOnlyList<ImportRowPlan> Plan(
        IReadOnlyList<StaffCsvRow> rows,
        IReadOnlyDictionary<string, ImportUnit> unitsByCode,
        IReadOnlyList<ImportExistingStaff> existing)
    {
        var byNip = existing.Where(s => s.Nip is not null).GroupBy(s => s.Nip!).ToDictionary(g => g.Key, g => g.First());
        var byUnitAndName = existing.Where(s => s.Nip is null)
            .GroupBy(s => (s.UnitId, NameKey(s.FullName)))
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Id).First());

        var nipLines = rows
            .Select(r => (r.Line, Nip: CleanNip(r.Nip)))
            .Where(x => x.Nip.Length > 0)
            .GroupBy(x => x.Nip)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Line).ToList());

        var plans = rows.Select(r => PlanRow(r, unitsByCode, byNip, byUnitAndName, nipLines)).ToList();

        // Rows without NIP are matched by name within a unit: the same person twice in one file is ambiguous.
        var niplessDuplicates = plans
            .Where(p => p.Nip is null && p.Unit is not null && p.Row.Name.Length > 0)
            .GroupBy(p => (p.Unit!.Id, NameKey(p.Row.Name)))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(p => (p.Row.Line, Lines: g.Select(x => x.Row.Line).ToList())))
            .ToDictionary(x => x.Line, x => x.Lines);
        return plans.Select(p => niplessDuplicates.TryGetValue(p.Row.Line, out var lines)
                ? WithError(p, new ImportRowError(StaffCsvColumns.Name,
                    $"Pegawai tanpa NIP dengan nama yang sama muncul lebih dari sekali di unit yang sama (baris {string.Join(", ", lines)})."))
                : p)
            .ToList();
    }

    private static ImportRowPlan PlanRow(
        StaffCsvRow row,
        IReadOnlyDictionary<string, ImportUnit> unitsByCode,
        Dictionary<string, ImportExistingStaff> byNip,
        Dictionary<(int, string), ImportExistingStaff> byUnitAndName,
        Dictionary<string, List<int>> duplicateNipLines)
    {
        var errors = new List<ImportRowError>();
        if (row.StructureError is { } structure)
        {
            errors.Add(new ImportRowError("", structure));
        }

        var type = EmploymentTypes.Parse(row.EmploymentType);
        if (row.EmploymentType.Length == 0)
        {
            errors.Add(new(StaffCsvColumns.EmploymentType, "Jenis pegawai wajib diisi (PNS, CPNS, PPPK, atau Non-ASN)."));
        }
        else if (type is null)
        {
            errors.Add(new(StaffCsvColumns.EmploymentType, $"Jenis pegawai '{row.EmploymentType}' tidak dikenal; gunakan PNS, CPNS, PPPK, atau Non-ASN."));
        }

        var nip = CleanNip(row.Nip);
        var nipProblem = type is { } t ? StaffRules.NipProblem(nip, t) : nip.Length > 0 ? Nip.Validate(nip) : null;
        if (nipProblem is not null)
        {
            if (row.Nip.Contains("E+", StringComparison.OrdinalIgnoreCase))
            {
                nipProblem += " NIP tampaknya diubah Excel menjadi angka ilmiah (mis. 1,98E+17): format kolom NIP sebagai Teks, lalu simpan ulang.";
            }
            errors.Add(new(StaffCsvColumns.Nip, nipProblem));
        }
        else if (nip.Length > 0 && duplicateNipLines.TryGetValue(nip, out var lines))
        {
            errors.Add(new(StaffCsvColumns.Nip, $"NIP {nip} muncul lebih dari sekali dalam berkas (baris {string.Join(", ", lines)})."));
        }

        if (row.Name.Length == 0)
        {
            errors.Add(new(StaffCsvColumns.Name, "Nama pegawai wajib diisi."));
        }
        else if (row.Name.Length > StaffRules.NameMax)
        {
            errors.Add(new(StaffCsvColumns.Name, $"Nama pegawai maksimal {StaffRules.NameMax} karakter."));
        }
        // A cell starting with =, +, - or @ is a spreadsheet formula (CSV injection): refused, never stored.
        foreach (var (column, label, value) in new[] { (StaffCsvColumns.Name, "Nama pegawai", row.Name), (StaffCsvColumns.Position, "Jabatan", row.Position), (StaffCsvColumns.RankGrade, "Pangkat/golongan", row.RankGrade) })
        {
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                errors.Add(new(column, $"{label} tidak boleh diawali tanda =, +, - atau @ (rumus lembar kerja)."));
            }
        }
        if (row.Position.Length > StaffRules.PositionMax)
        {
            errors.Add(new(StaffCsvColumns.Position, $"Jabatan maksimal {StaffRules.PositionMax} karakter."));
        }
        if (row.RankGrade.Length > StaffRules.RankGradeMax)
        {
            errors.Add(new(StaffCsvColumns.RankGrade, $"Pangkat/golongan maksimal {StaffRules.RankGradeMax} karakter."));
        }

        ImportUnit? unit = null;
        if (row.UnitCode.Length == 0)
        {
            errors.Add(new(StaffCsvColumns.UnitCode, "Kode unit wajib diisi."));
        }
        else if (!unitsByCode.TryGetValue(row.UnitCode.ToUpperInvariant(), out unit))
        {
            errors.Add(new(StaffCsvColumns.UnitCode, $"Kode unit '{row.UnitCode}' tidak ditemukan."));
        }
        else if (!unit.InScope)
        {
            errors.Add(new(StaffCsvColumns.UnitCode, $"Unit '{unit.Code}' berada di luar cakupan Anda."));
            unit = null;
        }
        else if (!unit.IsActive)
        {
            errors.Add(new(StaffCsvColumns.UnitCode, $"Unit '{unit.Code}' tidak aktif."));
        }

        if (!StaffRules.IsValidEmail(row.Email))
        {
            errors.Add(new(StaffCsvColumns.Email, $"Email '{row.Email}' tidak valid."));
        }

        var active = ParseActive(row.Active);
        if (active is null)
        {
            errors.Add(new(StaffCsvColumns.Active, $"Nilai aktif '{row.Active}' tidak dikenal; gunakan ya atau tidak."));
        }

        ImportExistingStaff? match = null;
        if (nip.Length > 0 && nipProblem is null)
        {
            if (byNip.TryGetValue(nip, out match) && !match.InScope)
            {
                // Generic: whether (and where) the NIP is registered outside the importer's scope is not revealed.
                errors.Add(new(StaffCsvColumns.Nip, $"NIP {nip} tidak dapat diimpor ke unit dalam cakupan Anda; hubungi administrator."));
                match = null;
            }
        }
        else if (nip.Length == 0 && unit is not null && row.Name.Length > 0)
        {
            byUnitAndName.TryGetValue((unit.Id, NameKey(row.Name)), out match);
        }

        var storedNip = nip.Length > 0 ? nip : null;
        if (errors.Count > 0)
        {
            return new ImportRowPlan(row, ImportRowStatus.Error, errors, match?.Id, storedNip, type, unit, active ?? true, []);
        }
        var changes = match is null ? [] : Changes(match, row, type!.Value, unit!, active!.Value);
        return new ImportRowPlan(row, match is null ? ImportRowStatus.New : ImportRowStatus.Update, [], match?.Id, storedNip,
            type, unit, active!.Value, changes);
    }

    private static List<string> Changes(ImportExistingStaff existing, StaffCsvRow row, EmploymentType type, ImportUnit unit, bool active)
    {
        var changes = new List<string>();
        void Check(bool differs, string label)
        {
            if (differs)
            {
                changes.Add(label);
            }
        }
        Check(existing.FullName != row.Name, "nama");
        Check((existing.Position ?? "") != row.Position, "jabatan");
        Check((existing.RankGrade ?? "") != row.RankGrade, "pangkat/golongan");
        Check(existing.EmploymentType != type, "jenis pegawai");
        Check(existing.UnitId != unit.Id, "unit");
        Check((existing.Email ?? "") != row.Email, "email");
        Check(existing.IsActive != active, "status aktif");
        return changes;
    }

    private static ImportRowPlan WithError(ImportRowPlan plan, ImportRowError error) =>
        plan with { Status = ImportRowStatus.Error, Errors = [.. plan.Errors, error], Changes = [] };

    /// <summary>Empty means active; otherwise ya/tidak and the usual synonyms.</summary>
    public static bool? ParseActive(string? text)
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        if (key.Length == 0 || TrueWords.Contains(key))
        {
            return true;
        }
        return FalseWords.Contains(key) ? false : null;
    }

    /// <summary>Digits as typed, without spaces and without the apostrophe Excel users put in front to keep text.</summary>
    public static string CleanNip(string raw) => Nip.Normalize(raw.TrimStart('\''));

    /// <summary>Name comparison key: case-insensitive, whitespace collapsed.</summary>
    public static string NameKey(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
