using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

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
public sealed partial class WorksheetExchangeService(AppDbContext db, AssessmentAccess access, IChangeAreaAccess areaAccess, ILogger<WorksheetExchangeService> logger)
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public async Task<ImportPageViewModel> PageAsync(int id, ImportOutcome? outcome, string? fileName, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var areas = await areaAccess.EditableAreasAsync(ctx.Unit.Id, ctx.Today, ct);
        return new ImportPageViewModel(AssessmentService.Header(ctx), areas.Count > 0, areas.Order(StringComparer.Ordinal).ToList(),
            access.Has(Permissions.EditHasil), ctx.Assessment.UnitLockReason(ctx.Today), outcome, fileName);
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
            if (!hasil.TryGetValue(code, out var entry))
            {
                entry = new HasilEntry(id, code);
                db.Add(entry);
            }
            if (entry.Change(answer, entry.Source ?? "Impor berkas JSON", access.UserId, access.UserName, access.NowUtc) is { } history)
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
