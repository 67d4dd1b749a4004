using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Lke.Exchange;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Worksheet;

/// <summary>The result of an import: how many answers changed, or every error by code (then nothing was saved).</summary>
public sealed record ImportOutcome(int Changed, IReadOnlyList<AnswerError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportOutcome Failed(string code, string message) => new(0, [new AnswerError(code, message)]);
}

public sealed record ImportPageViewModel(
    AssessmentHeader Header,
    bool CanAnswer,
    IReadOnlyList<string> EditableAreas,
    bool CanEditHasil,
    string? LockReason,
    ImportOutcome? Outcome,
    string? FileName);

/// <summary>
/// Import and export of the unit's answers in the <c>zi-lke/1</c> exchange format. Import is all-or-nothing:
/// the file's version/year/target must match the assessment, every answered code must be editable by the user
/// (area right; in Tindak Lanjut only reopened questions; Hasil only with <see cref="Permissions.EditHasil"/>)
/// in an open stage window, and every answer must be valid. Codes in the file are created or replaced; codes
/// not in the file are left as they are.
/// </summary>
public sealed class WorksheetExchangeService(AppDbContext db, AssessmentAccess access, ResourceAccess areaAccess, ILogger<WorksheetExchangeService> logger)
{
    public async Task<ImportPageViewModel> PageAsync(int id, ImportOutcome? outcome, string? fileName, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var areas = await areaAccess.EditableAreasAsync(ctx.Unit.Id, ctx.Today, ct);
        return new ImportPageViewModel(AssessmentService.Header(ctx), access.Has(Permissions.AnswerWorksheet) && areas.Count > 0, areas.Order(StringComparer.Ordinal).ToList(),
            access.Has(Permissions.EditHasil), ctx.Assessment.UnitLockReason(ctx.Today), outcome, fileName);
    }

    /// <summary>The unit's answers, notes, Hasil entries and computed scores as a <c>zi-lke/1</c> file.</summary>
    public async Task<(string FileName, byte[] Content)> ExportAsync(int id, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var answers = await access.AnswersAsync(id, ct);
        var notes = answers.Unit.Where(a => a.Note is not null).ToDictionary(a => a.QuestionCode, a => a.Note!, StringComparer.Ordinal);
        var header = new ZiLkeHeader(ctx.Assessment.LkeVersionCode, ctx.Assessment.Year, ctx.Assessment.Target.Label());
        var json = ZiLkeExchange.Export(ctx.Template, header, answers.UnitSet(ctx.Unit.HoldsWbk), notes);
        return ($"lke-{ctx.Unit.Code.ToLowerInvariant()}-{ctx.Assessment.Year}.json", Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// Reads an uploaded <c>zi-lke/1</c> file (already through the file intake) and imports it all-or-nothing. Errors are keyed by question/Hasil
    /// code, or by the file-level field at fault ("berkas", "lkeVersion", "year", "target", …).
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(int id, Stream content, CancellationToken ct)
    {
        string json;
        using (var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            json = await reader.ReadToEndAsync(ct);
        }
        var ctx = await access.LoadAsync(id, ct);
        var a = ctx.Assessment;
        var fileVersion = PeekVersion(json);
        var versionMismatch = fileVersion is not null && fileVersion != a.LkeVersionCode;
        var parsed = ZiLkeExchange.Parse(json, code => code == a.LkeVersionCode ? ctx.Template : null);
        var errors = parsed.Errors.Where(e => !(versionMismatch && e.Code == "lkeVersion")).ToList();
        if (versionMismatch)
        {
            errors.Insert(0, new("lkeVersion", $"Berkas ini untuk versi LKE '{fileVersion}', sedangkan penilaian ini memakai '{a.LkeVersionCode}'."));
        }
        if (parsed.Header is { } header)
        {
            if (header.Year != a.Year)
            {
                errors.Add(new("year", $"Berkas ini untuk tahun {header.Year}, sedangkan penilaian ini tahun {a.Year}."));
            }
            if (!string.Equals(header.Target, a.Target.Label(), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new("target", $"Berkas ini untuk target {header.Target.ToUpperInvariant()}, sedangkan penilaian ini bertarget {a.Target.Label()}."));
            }
        }
        if (errors.Count > 0 || parsed.Answers is null)
        {
            logger.LogInformation("Import into assessment {AssessmentId} refused with {ErrorCount} errors", id, errors.Count);
            return new ImportOutcome(0, errors.Count > 0 ? errors : [new AnswerError("berkas", "Berkas tidak dapat dibaca.")]);
        }
        return await ApplyAsync(ctx, parsed.Answers, parsed.Notes, ct);
    }

    /// <summary>The file's lkeVersion when it is readable JSON with that string field (for a clearer mismatch message).</summary>
    private static string? PeekVersion(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("lkeVersion", out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Checks every imported answer against the user's rights and the stage, then saves all of them in one transaction.</summary>
    internal async Task<ImportOutcome> ApplyAsync(AssessmentContext ctx, AnswerSet answers, IReadOnlyDictionary<string, string> notes, CancellationToken ct)
    {
        var id = ctx.Assessment.Id;
        var errors = new List<AnswerError>();
        var areas = await areaAccess.EditableAreasAsync(ctx.Unit.Id, ctx.Today, ct);
        var reopened = await db.Set<AssessorAnswer>().Where(a => a.AssessmentId == id && a.NeedsFix).Select(a => a.QuestionCode).ToListAsync(ct);
        var questionCodes = answers.Questions.Keys.Concat(notes.Keys.Where(k => ctx.Template.FindQuestion(k) is not null))
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var code in questionCodes)
        {
            var letter = ChangeAreas.FromLkeCode(code);
            if (letter is null || ctx.Template.FindQuestion(code) is null)
            {
                errors.Add(new(code, $"Kode pertanyaan {code} tidak dikenal pada LKE {ctx.Template.VersionCode}."));
                continue;
            }
            if (!areas.Contains(letter))
            {
                errors.Add(new(code, $"Anda tidak ditugaskan pada area {ChangeAreas.NameOf(letter)}; jawaban {code} tidak dapat diimpor."));
                continue;
            }
            try
            {
                ctx.Assessment.EnsureUnitCanEdit(ctx.Today, reopened.Contains(code));
            }
            catch (DomainException ex)
            {
                errors.Add(new(code, ex.Message));
            }
        }
        if (answers.Hasil.Count > 0)
        {
            if (!access.Has(Permissions.EditHasil))
            {
                errors.AddRange(answers.Hasil.Keys.Select(code => new AnswerError(code, $"Nilai Hasil {code} hanya dapat diimpor oleh Ketua Tim.")));
            }
            else
            {
                try
                {
                    ctx.Assessment.EnsureHasilEditable(ctx.Today);
                }
                catch (DomainException ex)
                {
                    errors.AddRange(answers.Hasil.Keys.Select(code => new AnswerError(code, ex.Message)));
                }
            }
        }
        errors.AddRange(LkeScorer.Validate(ctx.Template, answers));
        if (notes.Values.Any(n => n.Length > WorksheetService.MaxNoteLength))
        {
            errors.AddRange(notes.Where(n => n.Value.Length > WorksheetService.MaxNoteLength)
                .Select(n => new AnswerError(n.Key, $"Catatan {n.Key} paling banyak 4.000 karakter.")));
        }
        if (errors.Count > 0)
        {
            return new ImportOutcome(0, errors);
        }

        var existing = await db.Set<UnitAnswer>().Where(a => a.AssessmentId == id).ToDictionaryAsync(a => a.QuestionCode, StringComparer.Ordinal, ct);
        var hasil = await db.Set<HasilEntry>().Where(h => h.AssessmentId == id).ToDictionaryAsync(h => h.Code, StringComparer.Ordinal, ct);
        var changed = 0;
        foreach (var code in questionCodes)
        {
            if (!existing.TryGetValue(code, out var row))
            {
                row = new UnitAnswer(id, code);
                db.Add(row);
            }
            answers.Questions.TryGetValue(code, out var answer);
            var inputs = answer?.Inputs is { } raw ? Ordered(ctx.Template.FindQuestion(code)!, raw) : null;
            notes.TryGetValue(code, out var note);
            if (row.Change(answer?.OptionKey, inputs, note, access.UserId, access.UserName, access.NowUtc, "Impor berkas JSON") is { } history)
            {
                db.Add(history);
                changed++;
            }
        }
        foreach (var (code, answer) in answers.Hasil)
        {
            var source = "Impor berkas JSON";
            if (hasil.TryGetValue(code, out var entry))
            {
                source = entry.Source ?? "";
            }
            else
            {
                entry = new HasilEntry(id, code);
                db.Add(entry);
            }
            if (entry.Change(answer, source, access.UserId, access.UserName, access.NowUtc) is { } history)
            {
                db.Add(history);
                changed++;
            }
        }
        foreach (var added in db.ChangeTracker.Entries<UnitAnswer>().Where(e => e.State == EntityState.Added && e.Entity.ValueText == AnswerValues.Empty && e.Entity.Note is null).ToList())
        {
            added.State = EntityState.Detached;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Imported {Changed} answers into assessment {AssessmentId} by {UserId}", changed, id, access.UserId);
        return new ImportOutcome(changed, []);
    }

    /// <summary>The inputs in the template's order, so equal answers serialize to equal JSON.</summary>
    private static Dictionary<string, long> Ordered(LkeQuestionDef question, IReadOnlyDictionary<string, long> inputs) =>
        (question.Percentage?.Inputs.Select(i => i.Key) ?? inputs.Keys)
            .Where(inputs.ContainsKey)
            .ToDictionary(k => k, k => inputs[k], StringComparer.Ordinal);
}
