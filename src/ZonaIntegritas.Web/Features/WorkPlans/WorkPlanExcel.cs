using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Office;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.WorkPlans;

/// <summary>
/// Excel (.xlsx) export and import of a work plan. Import reads the export's columns by header name, checks
/// every row and saves nothing unless every row is valid (the report lists each bad row and column).
/// A row with an ID of an item of the same plan updates that item; a row without ID adds an item.
/// </summary>
public sealed class WorkPlanExcel(AppDbContext db, UnitCalendar calendar, WorkPlanService plans, WorkPlanAccess access, ICurrentUser currentUser, ILogger<WorkPlanExcel> logger)
{
    internal static class Col
    {
        public const string Id = "ID";
        public const string Area = "Area";
        public const string Codes = "Kode LKE";
        public const string Activity = "Kegiatan";
        public const string Output = "Output/Target";
        public const string Evidence = "Eviden yang diharapkan";
        public const string Pic = "PIC (NIP/Nama)";
        public const string Helpers = "Pendukung (NIP/Nama, pisahkan dengan ;)";
        public const string Start = "Mulai (YYYY-MM)";
        public const string End = "Selesai (YYYY-MM)";
        public const string Budget = "Anggaran (Rp)";
        public const string Status = "Status";
        public const string Progress = "Progres (%)";
        public const string OriginalStart = "Rencana awal mulai";
        public const string OriginalEnd = "Rencana awal selesai";
        public const string Late = "Terlambat";
    }

    private static readonly string[] ImportColumns =
        [Col.Id, Col.Area, Col.Codes, Col.Activity, Col.Output, Col.Evidence, Col.Pic, Col.Helpers, Col.Start, Col.End, Col.Budget, Col.Status, Col.Progress];

    public async Task<(byte[] Content, string FileName)> ExportAsync(int? unitId, int? year, CancellationToken ct = default)
    {
        var unit = await calendar.ResolveAsync(unitId, ct);
        var today = calendar.Today(unit.TimeZone);
        var y = year ?? today.Year;
        var items = await plans.PlanIdAsync(unit.Id, y, ct) is { } planId ? await plans.ItemRowsAsync(planId, today, ct) : [];
        var staff = (await calendar.StaffOptionsAsync(unit.Id, ct)).ToDictionary(s => s.Id);
        var helperIds = await db.Set<WorkPlanItemHelper>().AsNoTracking().Where(h => items.Select(i => i.Id).Contains(h.WorkPlanItemId))
            .Select(h => new { h.WorkPlanItemId, h.StaffMemberId, h.StaffMember!.Nip, h.StaffMember.FullName }).ToListAsync(ct);
        var helpers = helperIds.ToLookup(h => h.WorkPlanItemId, h => string.IsNullOrEmpty(h.Nip) ? h.FullName : h.Nip);
        string Person(int id, string name) => staff.TryGetValue(id, out var s) && !string.IsNullOrEmpty(s.Nip) ? s.Nip : name;

        var header = ImportColumns.Concat([Col.OriginalStart, Col.OriginalEnd, Col.Late]).ToArray();
        var rows = items.Select(i => new object?[]
        {
            i.Id, i.AreaCode, string.Join(", ", i.QuestionCodes), i.Activity, i.Output, i.ExpectedEvidence, Person(i.PicStaffId, i.PicName),
            string.Join("; ", helpers[i.Id]), $"{i.StartMonth:yyyy-MM}", $"{i.EndMonth:yyyy-MM}", i.Budget, i.Status.Label(), i.Progress,
            $"{i.OriginalStartMonth:yyyy-MM}", $"{i.OriginalEndMonth:yyyy-MM}", i.IsLate ? "Ya" : "Tidak",
        });
        return (Write($"Rencana Kerja {y}", header, rows), $"rencana-kerja-zi-{y}.xlsx");
    }

    public async Task<ImportResult> ImportAsync(int unitId, int year, Stream content, CancellationToken ct = default)
    {
        await calendar.ResolveAsync(unitId, ct);
        List<Dictionary<string, string>> rows;
        try
        {
            rows = Read(content);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            return new ImportResult(0, 0, [new ImportError(0, "", "Berkas bukan Excel (.xlsx) yang valid.")]);
        }
        catch (DomainException e)
        {
            return new ImportResult(0, 0, [new ImportError(1, "", e.Message)]);
        }
        if (rows.Count == 0)
        {
            return new ImportResult(0, 0, [new ImportError(0, "", "Tidak ada baris kegiatan di lembar pertama.")]);
        }

        var editable = await access.EditableAreasAsync(unitId, ct);
        var staff = await calendar.StaffOptionsAsync(unitId, ct);
        var existing = await plans.PlanIdAsync(unitId, year, ct) is { } planId
            ? await db.Set<WorkPlanItem>().AsNoTracking().Where(i => i.WorkPlanId == planId).Select(i => new { i.Id, i.AreaCode }).ToDictionaryAsync(i => i.Id, i => i.AreaCode, ct)
            : [];
        var errors = new List<ImportError>();
        var inputs = new List<(int Row, SaveWorkPlanItemInput Input)>();
        foreach (var row in rows)
        {
            var n = int.Parse(row["#row"], CultureInfo.InvariantCulture);
            var rowErrors = new List<ImportError>();
            void Err(string col, string message) => rowErrors.Add(new ImportError(n, col, message));
            string Get(string col) => row.TryGetValue(col, out var v) ? v.Trim() : "";

            var input = new SaveWorkPlanItemInput { UnitId = unitId, Year = year, RevisionReason = "Diubah melalui impor Excel" };
            if (Get(Col.Id) is { Length: > 0 } idText)
            {
                if (!int.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || !existing.TryGetValue(id, out var oldArea))
                {
                    Err(Col.Id, $"ID {idText} bukan kegiatan rencana kerja {year} unit ini. Kosongkan untuk menambah kegiatan baru.");
                }
                else
                {
                    input.Id = id;
                    if (!editable.Contains(oldArea))
                    {
                        Err(Col.Id, $"Anda tidak berhak mengubah kegiatan area {oldArea}.");
                    }
                }
            }
            var area = Get(Col.Area).ToUpperInvariant();
            if (!ChangeAreas.IsValid(area))
            {
                Err(Col.Area, "Area harus salah satu huruf A–F.");
            }
            else if (!editable.Contains(area))
            {
                Err(Col.Area, $"Anda tidak berhak mengelola kegiatan area {area}.");
            }
            input.AreaCode = area;
            input.QuestionCodes = Get(Col.Codes);
            var unknown = await plans.UnknownQuestionCodesAsync(SaveWorkPlanItemInput.SplitCodes(input.QuestionCodes), ct);
            if (unknown.Count > 0)
            {
                Err(Col.Codes, $"Kode pertanyaan LKE tidak dikenal: {string.Join(", ", unknown)}.");
            }
            input.Activity = Get(Col.Activity);
            input.Output = Get(Col.Output);
            input.ExpectedEvidence = Get(Col.Evidence);
            var pic = Get(Col.Pic);
            if (pic.Length == 0)
            {
                Err(Col.Pic, "PIC wajib diisi (NIP atau nama pegawai).");
            }
            else if (FindStaff(staff, pic) is { } picId)
            {
                input.PicStaffId = picId;
            }
            else
            {
                Err(Col.Pic, $"Pegawai '{pic}' tidak ditemukan di unit ini.");
            }
            foreach (var helper in Get(Col.Helpers).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (FindStaff(staff, helper) is { } helperId)
                {
                    input.HelperStaffIds.Add(helperId);
                }
                else
                {
                    Err(Col.Helpers, $"Pegawai '{helper}' tidak ditemukan di unit ini.");
                }
            }
            input.StartMonth = PlanMonths.TryParse(Get(Col.Start), year, out var s) ? $"{s:yyyy-MM}" : Get(Col.Start);
            input.EndMonth = PlanMonths.TryParse(Get(Col.End), year, out var e) ? $"{e:yyyy-MM}" : Get(Col.End);
            if (Get(Col.Budget) is { Length: > 0 } budget)
            {
                if (ParseAmount(budget) is { } amount)
                {
                    input.Budget = amount;
                }
                else
                {
                    Err(Col.Budget, $"Anggaran '{budget}' bukan angka.");
                }
            }
            var status = Get(Col.Status);
            input.Status = status.Length == 0 ? WorkPlanStatus.NotStarted : WorkPlanStatuses.Parse(status);
            if (input.Status is null)
            {
                Err(Col.Status, $"Status '{status}' tidak dikenal (Belum mulai, Berjalan, Selesai, Tertunda, Batal).");
                input.Status = WorkPlanStatus.NotStarted;
            }
            var progress = Get(Col.Progress).TrimEnd('%').Trim();
            if (progress.Length > 0)
            {
                if (decimal.TryParse(progress.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p == Math.Floor(p))
                {
                    input.Progress = (int)p;
                }
                else
                {
                    Err(Col.Progress, $"Progres '{progress}' harus bilangan bulat 0–100.");
                }
            }
            var validation = await new SaveWorkPlanItemInputValidator().ValidateAsync(input, ct);
            foreach (var failure in validation.Errors.Where(f => rowErrors.Count == 0 || f.PropertyName is not (nameof(SaveWorkPlanItemInput.PicStaffId))))
            {
                Err(ColumnOf(failure.PropertyName), failure.ErrorMessage);
            }
            errors.AddRange(rowErrors.DistinctBy(x => (x.Column, x.Message)));
            inputs.Add((n, input));
        }
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (row, input) in inputs)
        {
            try
            {
                await plans.SaveItemAsync(input, ct);
            }
            catch (DomainException e)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new ImportResult(0, 0, [new ImportError(row, "", e.Message)]);
            }
        }
        await tx.CommitAsync(ct);
        var updated = inputs.Count(i => i.Input.Id is not null);
        logger.LogInformation("Work plan import for unit {UnitId} year {Year} by {UserId}: {Created} created, {Updated} updated",
            unitId, year, currentUser.UserId, inputs.Count - updated, updated);
        return new ImportResult(inputs.Count - updated, updated, []);
    }

    private static string ColumnOf(string property) => property switch
    {
        nameof(SaveWorkPlanItemInput.AreaCode) => Col.Area,
        nameof(SaveWorkPlanItemInput.Activity) => Col.Activity,
        nameof(SaveWorkPlanItemInput.Output) => Col.Output,
        nameof(SaveWorkPlanItemInput.ExpectedEvidence) => Col.Evidence,
        nameof(SaveWorkPlanItemInput.PicStaffId) => Col.Pic,
        nameof(SaveWorkPlanItemInput.StartMonth) => Col.Start,
        nameof(SaveWorkPlanItemInput.EndMonth) => Col.End,
        nameof(SaveWorkPlanItemInput.Budget) => Col.Budget,
        nameof(SaveWorkPlanItemInput.Status) => Col.Status,
        nameof(SaveWorkPlanItemInput.Progress) => Col.Progress,
        _ => "",
    };

    private static int? FindStaff(IReadOnlyList<StaffOption> staff, string text)
    {
        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (digits.Length == 18 && staff.FirstOrDefault(s => s.Nip == digits) is { } byNip)
        {
            return byNip.Id;
        }
        var byName = staff.Where(s => string.Equals(s.FullName, text.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1 ? byName[0].Id : null;
    }

    /// <summary>An amount from a number cell ("1500000.5") or typed text ("Rp 1.500.000", "1.500.000,50").</summary>
    internal static decimal? ParseAmount(string text)
    {
        var t = text.Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "", StringComparison.Ordinal).TrimEnd('-').Trim();
        if (t.Contains(',', StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d{1,3}(\.\d{3})+$"))
        {
            t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Rows of the first sheet as header → text, plus "#row" (the Excel row number). Empty rows are skipped.</summary>
    internal static List<Dictionary<string, string>> Read(Stream content)
    {
        using var buffer = new MemoryStream();
        // The size was checked by the file intake (Uploads:MaxImportBytes) before the content got here.
        content.CopyTo(buffer);
        buffer.Position = 0;
        try
        {
            ZipPackageGuard.EnsureWithinLimits(buffer, ZipLimits.SpreadsheetImport);
        }
        catch (ZipPackageRefusedException e)
        {
            throw new DomainException(e.Message);
        }
        using var doc = SpreadsheetDocument.Open(buffer, false);
        var workbook = doc.WorkbookPart ?? throw new InvalidDataException();
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException();
        var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new List<Dictionary<string, string>>();
        Dictionary<int, string>? headers = null;
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().Select(c => (Col: ColumnIndex(c.CellReference?.Value), Text: CellText(c, shared))).ToList();
            if (headers is null)
            {
                headers = cells.Where(c => c.Text.Trim().Length > 0).ToDictionary(c => c.Col, c => c.Text.Trim());
                var missing = new[] { Col.Area, Col.Activity, Col.Pic, Col.Start, Col.End }
                    .Where(h => !headers.Values.Any(v => string.Equals(v, h, StringComparison.OrdinalIgnoreCase))).ToList();
                if (missing.Count > 0)
                {
                    throw new DomainException($"Baris judul kolom tidak lengkap; kolom wajib: {string.Join(", ", missing)}. Gunakan format hasil unduhan Excel rencana kerja.");
                }
                continue;
            }
            if (cells.All(c => c.Text.Trim().Length == 0))
            {
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["#row"] = (row.RowIndex?.Value ?? 0).ToString(CultureInfo.InvariantCulture) };
            foreach (var (col, text) in cells)
            {
                if (headers.TryGetValue(col, out var name))
                {
                    var canonical = ImportColumns.FirstOrDefault(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                    if (canonical is not null)
                    {
                        values[canonical] = text;
                    }
                }
            }
            result.Add(values);
        }
        return result;
    }

    private static string CellText(Cell cell, IReadOnlyList<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        return cell.CellValue?.Text ?? "";
    }

    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var ch in reference ?? "")
        {
            if (!char.IsLetter(ch))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return index;
    }

    /// <summary>A one-sheet workbook with a bold header row; strings inline, numbers as numbers.</summary>
    internal static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<object?[]> rows) =>
        SimpleXlsx.Write(sheetName, header, rows.Select(r => (IReadOnlyList<object?>)r),
            header.Select(h => h is Col.Activity or Col.Output or Col.Evidence ? 45d : h is Col.Helpers ? 30d : 16d).ToList());
}
