using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Worksheet;

/// <summary>
/// The Tim ZI worksheet: one tab per change area (plus Hasil), the unit's answers saved one question at a time
/// with history. Saving checks, on the server: unit scope, the user's change-area right
/// (<see cref="IChangeAreaAccess"/>), the stage (Penilaian Mandiri, or Tindak Lanjut for reopened questions only)
/// and the stage window on the unit's local date.
/// </summary>
public sealed class WorksheetService(AppDbContext db, AssessmentAccess access, ResourceAccess areaAccess, ILogger<WorksheetService> logger)
{
    public const int MaxNoteLength = 4000;

    public async Task<WorksheetViewModel> PageAsync(int id, string? tab, CancellationToken ct)
    {
        var state = await LoadAsync(id, ct);
        var active = NormalizeTab(tab) ?? state.EditableAreas.Order(StringComparer.Ordinal).FirstOrDefault() ?? "A";
        var indicators = new List<IndicatorGroup>();
        if (active != WorksheetTabs.Hasil)
        {
            foreach (var half in state.Ctx.Template.Halves)
            {
                foreach (var area in half.Areas.Where(a => a.AreaLetter == active))
                {
                    indicators.AddRange(area.Indicators.Select(indicator => new IndicatorGroup(half.Name, indicator.Code, indicator.Name, indicator.Weight,
                        state.Score.Indicators.GetValueOrDefault(indicator.Code),
                        indicator.Questions.Select(q => state.Question(q, null, false)).ToList())));
                }
            }
        }
        var hasil = active == WorksheetTabs.Hasil
            ? state.Ctx.Template.Hasil.Select(h => state.HasilItem(h, null, false)).ToList()
            : [];
        return new WorksheetViewModel(
            AssessmentService.Header(state.Ctx),
            active,
            state.Tabs(),
            indicators,
            hasil,
            state.Board,
            state.Ctx.Assessment.UnitLockReason(state.Ctx.Today),
            state.EditableAreas.Count > 0,
            state.EditableAreas.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The htmx response after saving a question: its status (with the error, if any), value, tab progress and the
    /// score; <paramref name="full"/> (or an error) re-renders the whole question from the stored answer.
    /// </summary>
    public async Task<SaveResponse> QuestionResponseAsync(int id, string code, string? error, bool full, CancellationToken ct)
    {
        var state = await LoadAsync(id, ct);
        var question = state.Ctx.Template.FindQuestion(code) ?? throw new NotFoundException("Pertanyaan tidak ditemukan.");
        var letter = ChangeAreas.FromLkeCode(code) ?? "A";
        return new SaveResponse(state.Question(question, error, error is null), null, state.Tabs().First(t => t.Key == letter), state.Board, letter, full || error is not null);
    }

    public async Task<SaveResponse> HasilResponseAsync(int id, string code, string? error, bool full, CancellationToken ct)
    {
        var state = await LoadAsync(id, ct);
        var item = state.Ctx.Template.FindHasil(code) ?? throw new NotFoundException("Item Hasil tidak ditemukan.");
        return new SaveResponse(null, state.HasilItem(item, error, error is null), state.Tabs().First(t => t.Key == WorksheetTabs.Hasil), state.Board, WorksheetTabs.Hasil, full || error is not null);
    }

    /// <summary>
    /// Saves the unit's answer to one question and builds the htmx response from the same load (issue 17 item 5):
    /// the assessment with its unit, Hasil entries, this question's assessor answer and history count in one
    /// query, then the unit scope, the change-area rights and the unit's answers, then the write. Throws
    /// <see cref="ForbiddenException"/> outside the user's areas or scope; every refusal the user can fix (stage,
    /// window, invalid input, a stale form) comes back as <see cref="AnswerSaveOutcome.Error"/>.
    /// </summary>
    public async Task<AnswerSaveOutcome> SaveAnswerAsync(int id, SaveAnswerInput input, CancellationToken ct)
    {
        var code = input.QuestionCode?.Trim() ?? "";
        var loaded = await db.Set<Assessment>()
            .Where(a => a.Id == id)
            .Select(a => new
            {
                Assessment = a,
                Unit = db.Units.AsNoTracking().First(u => u.Id == a.UnitId),
                Hasil = db.Set<HasilEntry>().AsNoTracking().Where(h => h.AssessmentId == a.Id).ToList(),
                Assessor = db.Set<AssessorAnswer>().AsNoTracking().FirstOrDefault(x => x.AssessmentId == a.Id && x.QuestionCode == code),
                HistoryCount = db.Set<AnswerHistory>().Count(h => h.AssessmentId == a.Id && h.QuestionCode == code),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Penilaian tidak ditemukan.");
        var ctx = await access.ContextAsync(loaded.Assessment, loaded.Unit, ct);
        var question = ctx.Template.FindQuestion(code);
        if (question is null)
        {
            return new AnswerSaveOutcome($"Kode pertanyaan '{code}' tidak dikenal.", null);
        }
        var letter = ChangeAreas.FromLkeCode(code)!;
        var editable = await areaAccess.EditableAreasAsync(ctx.Unit.Id, ctx.Today, ct);
        if (!editable.Contains(letter))
        {
            throw new ForbiddenException($"Anda tidak ditugaskan pada area {ChangeAreas.NameOf(letter)}.");
        }
        var answers = await db.Set<UnitAnswer>().Where(a => a.AssessmentId == id).ToListAsync(ct);
        var assessor = loaded.Assessor is null ? [] : new[] { loaded.Assessor };
        var refusal = ctx.Assessment.UnitEditRefusal(ctx.Today, loaded.Assessor?.NeedsFix == true);
        if (refusal is null)
        {
            await access.EnsureStageAllowsAsync(ctx);
        }
        var (error, written, reload) = refusal is not null
            ? (refusal, false, false)
            : await WriteAnswerAsync(ctx, question, input, answers, ct);
        if (reload)
        {
            // A concurrent save won between our read and our write: answer from what is stored now.
            return new AnswerSaveOutcome(error, await QuestionResponseAsync(id, code, error, input.Clear, ct));
        }
        var historyCount = loaded.HistoryCount + (written ? 1 : 0);
        var state = Build(ctx, new AssessmentAnswers(answers, loaded.Hasil, assessor), editable, new Dictionary<string, int> { [code] = historyCount });
        return new AnswerSaveOutcome(error, new SaveResponse(state.Question(question, error, error is null), null,
            state.Tabs().First(t => t.Key == letter), state.Board, letter, input.Clear || error is not null));
    }

    /// <summary>
    /// Parses and writes the answer (tracked in <paramref name="answers"/>): the refusal or null, whether a change was
    /// written, and whether the tracked answers must be reloaded (a concurrent save won).
    /// </summary>
    private async Task<(string? Error, bool Written, bool Reload)> WriteAnswerAsync(AssessmentContext ctx, LkeQuestionDef question, SaveAnswerInput input, List<UnitAnswer> answers, CancellationToken ct)
    {
        var code = question.Code;
        if (input.Note?.Length > MaxNoteLength)
        {
            return ($"Catatan {code} paling banyak {MaxNoteLength:N0} karakter.".Replace(',', '.'), false, false);
        }
        try
        {
            var (optionKey, inputs) = input.Clear ? (null, null) : AnswerParsing.Parse(question, input.OptionKey, input.Inputs);
            var answer = answers.FirstOrDefault(a => a.QuestionCode == code);
            await AnswerConcurrency.EnsureCurrentAsync(db, ctx.Assessment.Id, code, AnswerSource.Unit, input.Version, answer?.Version ?? 0,
                answer?.ValueText ?? AnswerValues.Empty, ctx.Unit.TimeZone, ct);
            if (answer is null)
            {
                answer = new UnitAnswer(ctx.Assessment.Id, code);
                db.Add(answer);
                answers.Add(answer);
            }
            var history = answer.Change(optionKey, inputs, input.Note, access.UserId, access.UserName, access.NowUtc);
            if (history is null)
            {
                if (db.Entry(answer).State == EntityState.Added)
                {
                    db.Entry(answer).State = EntityState.Detached;
                    answers.Remove(answer);
                }
                return (null, false, false);
            }
            db.Add(history);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another save of this answer won between our read and our write (version token or unique key).
                db.ChangeTracker.Clear();
                return ((await AnswerConcurrency.StaleAsync(db, ctx.Assessment.Id, code, AnswerSource.Unit, AnswerValues.Empty, ctx.Unit.TimeZone, ct)).Message, false, true);
            }
            logger.LogInformation("Unit answer {QuestionCode} of assessment {AssessmentId} changed by {UserId}", code, ctx.Assessment.Id, access.UserId);
            return (null, true, false);
        }
        catch (DomainException ex)
        {
            // Invalid input or a stale form: the user's message, nothing saved.
            return (ex.Message, false, false);
        }
    }

    /// <summary>Saves one Hasil item (KetuaTim; Penilaian Mandiri or Tindak Lanjut, inside the window).</summary>
    public async Task SaveHasilAsync(int id, SaveHasilInput input, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var item = ctx.Template.FindHasil(input.Code?.Trim() ?? "") ?? throw new DomainException($"Kode Hasil '{input.Code}' tidak dikenal.");
        ctx.Assessment.EnsureHasilEditable(ctx.Today);
        var entry = await db.Set<HasilEntry>().FirstOrDefaultAsync(h => h.AssessmentId == id && h.Code == item.Code, ct);
        var answer = input.Clear ? null : ParseHasil(item, input);
        if (answer is null)
        {
            if (entry is not null)
            {
                db.Add(entry.Cleared(access.UserId, access.UserName, access.NowUtc));
                db.Remove(entry);
                await SaveAsync(ct);
            }
            return;
        }
        var errors = LkeScorer.Validate(ctx.Template, new AnswerSet(new Dictionary<string, QuestionAnswer>(), new Dictionary<string, HasilAnswer> { [item.Code] = answer }));
        if (errors.Count > 0)
        {
            throw new DomainException(string.Join(" ", errors.Select(e => e.Message)));
        }
        if (input.Source?.Length > 200)
        {
            throw new DomainException("Sumber nilai paling banyak 200 karakter.");
        }
        if (entry is null)
        {
            entry = new HasilEntry(id, item.Code);
            db.Add(entry);
        }
        if (entry.Change(answer, input.Source, access.UserId, access.UserName, access.NowUtc) is { } history)
        {
            db.Add(history);
            await SaveAsync(ct);
            logger.LogInformation("Hasil {Code} of assessment {AssessmentId} changed by {UserId}", item.Code, id, access.UserId);
        }
    }

    public async Task<HistoryViewModel> HistoryAsync(int id, string code, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var text = ctx.Template.FindQuestion(code)?.Text ?? ctx.Template.FindHasil(code)?.Name ?? throw new NotFoundException("Pertanyaan tidak ditemukan.");
        var rows = await db.Set<AnswerHistory>().AsNoTracking()
            .Where(h => h.AssessmentId == id && h.QuestionCode == code)
            .OrderByDescending(h => h.Id)
            .Select(h => new HistoryRow(h.Source, h.OldValue, h.NewValue, h.Note, h.ChangedByName, h.ChangedAtUtc))
            .ToListAsync(ct);
        return new HistoryViewModel(id, code, text, ctx.Unit.TimeZone, rows);
    }

    /// <summary>Reads a Hasil item: null when nothing is filled in (the entry is removed).</summary>
    public static HasilAnswer? ParseHasil(HasilItemDef item, SaveHasilInput input)
    {
        if (item.Kind == HasilKind.Grade)
        {
            return string.IsNullOrWhiteSpace(input.OptionKey) ? null : new HasilAnswer(null, OptionKey: input.OptionKey.Trim(), Provisional: input.Provisional);
        }
        if (string.IsNullOrWhiteSpace(input.Index))
        {
            return null;
        }
        var index = ParseDecimal(input.Index, $"Indeks {item.Code}");
        var min = string.IsNullOrWhiteSpace(input.ScaleMin) ? 1m : ParseDecimal(input.ScaleMin, $"Batas bawah skala {item.Code}");
        var max = string.IsNullOrWhiteSpace(input.ScaleMax) ? 4m : ParseDecimal(input.ScaleMax, $"Batas atas skala {item.Code}");
        return new HasilAnswer(index, min, max, null, input.Provisional);
    }

    private static decimal ParseDecimal(string raw, string label)
    {
        var text = raw.Trim().Replace(',', '.');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value > 1000m || value < -1000m)
        {
            throw new DomainException($"{label} harus berupa angka (misalnya 3,45); isian '{raw.Trim()}' tidak valid.");
        }
        return value;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("Jawaban ini baru saja diubah pengguna lain. Muat ulang halaman lalu coba lagi.");
        }
    }

    private static string? NormalizeTab(string? tab) =>
        string.Equals(tab, WorksheetTabs.Hasil, StringComparison.OrdinalIgnoreCase) ? WorksheetTabs.Hasil
        : tab is { Length: 1 } && ChangeAreas.IsValid(tab.ToUpperInvariant()) ? tab.ToUpperInvariant()
        : null;

    private async Task<WorksheetState> LoadAsync(int id, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var answers = await access.AnswersAsync(id, ct);
        var editable = await areaAccess.EditableAreasAsync(ctx.Unit.Id, ctx.Today, ct);
        var historyCounts = await db.Set<AnswerHistory>().AsNoTracking().Where(h => h.AssessmentId == id)
            .GroupBy(h => h.QuestionCode).Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Count, ct);
        return Build(ctx, answers, editable, historyCounts);
    }

    private WorksheetState Build(AssessmentContext ctx, AssessmentAnswers answers, IReadOnlySet<string> editable, IReadOnlyDictionary<string, int> historyCounts)
    {
        var score = LkeScorer.Score(ctx.Template, answers.UnitSet(ctx.Unit.HoldsWbk));
        var board = ScoreBoard.Build(ctx.Template, score, answers.Hasil, ctx.Assessment.Target);
        return new WorksheetState(ctx, answers, editable, access.Has(Permissions.EditHasil), historyCounts, score, board);
    }

    private sealed record WorksheetState(
        AssessmentContext Ctx,
        AssessmentAnswers Answers,
        IReadOnlySet<string> EditableAreas,
        bool CanEditHasil,
        IReadOnlyDictionary<string, int> HistoryCounts,
        ScoreResult Score,
        ScoreBoard Board)
    {
        public IReadOnlyList<WorksheetTab> Tabs() =>
        [
            .. Board.Areas.Select(a => new WorksheetTab(a.Letter, a.Name, a.Answered, a.Total, EditableAreas.Contains(a.Letter))),
            new WorksheetTab(WorksheetTabs.Hasil, "Hasil", Board.Hasil.Count(h => !h.Missing), Board.Hasil.Count, CanEditHasil),
        ];

        public QuestionView Question(LkeQuestionDef q, string? error, bool justSaved)
        {
            var a = Ctx.Assessment;
            var answer = Answers.Unit.FirstOrDefault(x => x.QuestionCode == q.Code);
            var assessor = Answers.Assessor.FirstOrDefault(x => x.QuestionCode == q.Code);
            var letter = ChangeAreas.FromLkeCode(q.Code)!;
            var reopened = assessor?.NeedsFix == true;
            var lockReason = a.UnitEditRefusal(Ctx.Today, reopened);
            var canEdit = lockReason is null && EditableAreas.Contains(letter);
            var value = Score.Unanswered.Contains(q.Code) ? (decimal?)null : Score.Questions.GetValueOrDefault(q.Code);
            return new QuestionView(a.Id, Ctx.Unit.Id, a.Year, q.Code, q.Text, letter, q.Type, q.Options, q.Percentage, q.TypicalEvidence,
                answer?.OptionKey, AnswerValues.InputsFromJson(answer?.InputsJson), answer?.Note, value, canEdit, lockReason,
                reopened, assessor?.FixNote,
                HistoryCounts.GetValueOrDefault(q.Code), answer?.UpdatedAtUtc ?? answer?.CreatedAtUtc, Ctx.Unit.TimeZone, error, justSaved,
                answer?.Version ?? 0);
        }

        public HasilItemView HasilItem(HasilItemDef item, string? error, bool justSaved)
        {
            var entry = Answers.Hasil.FirstOrDefault(h => h.Code == item.Code);
            var lockReason = Ctx.Assessment.UnitLockReason(Ctx.Today);
            return new HasilItemView(Ctx.Assessment.Id, item.Code, item.Name, item.Weight, item.Kind, item.Options, entry,
                Score.HasilMissing.Contains(item.Code) ? null : Score.Hasil.GetValueOrDefault(item.Code),
                lockReason is null && CanEditHasil, lockReason, HistoryCounts.GetValueOrDefault(item.Code), Ctx.Unit.TimeZone, error, justSaved);
        }
    }
}
