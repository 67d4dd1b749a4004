using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>Assessments: list with totals, creation, stage changes, stage windows and external stage outcomes.</summary>
public sealed class AssessmentService(
    AppDbContext db,
    ResourceAccess scope,
    AssessmentAccess access,
    ILkeTemplateProvider templates,
    IEnumerable<IAssessmentCreatedHandler> createdHandlers,
    ILogger<AssessmentService> logger)
{
    public async Task<AssessmentListViewModel> ListAsync(int? year, CancellationToken ct)
    {
        var visible = await scope.VisibleUnitIdsAsync(ct);
        var all = await db.Set<Assessment>().AsNoTracking().Where(a => visible.Contains(a.UnitId)).ToListAsync(ct);
        var years = all.Select(a => a.Year).Distinct().OrderDescending().ToList();
        var shown = all.Where(a => year is null || a.Year == year).ToList();
        var ids = shown.Select(a => a.Id).ToList();
        var unitIds = shown.Select(a => a.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var answers = (await db.Set<UnitAnswer>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var hasil = (await db.Set<HasilEntry>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var assessor = (await db.Set<AssessorAnswer>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var rows = new List<AssessmentListRow>();
        foreach (var a in shown.OrderByDescending(a => a.Year).ThenBy(a => units[a.UnitId].Name, StringComparer.Ordinal))
        {
            var unit = units[a.UnitId];
            var template = await templates.GetAsync(a.LkeVersionCode, ct);
            var data = new AssessmentAnswers([.. answers[a.Id]], [.. hasil[a.Id]], [.. assessor[a.Id]]);
            var board = OfficialScore.Of(a, template, data, unit.HoldsWbk).Official;
            rows.Add(new AssessmentListRow(a.Id, unit.Name, a.Year, a.Target, a.Stage, board.Answered, board.QuestionCount,
                board.Pengungkit, board.Total, board.HasilHasProvisional, board.HasilIncomplete));
        }
        return new AssessmentListViewModel(year, years, rows) { CanManage = scope.Has(Permissions.ManageAssessments) };
    }

    public async Task<CreateAssessmentViewModel> CreateFormAsync(CreateAssessmentInput? input, CancellationToken ct)
    {
        var visible = await scope.VisibleUnitIdsAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => visible.Contains(u.Id) && u.IsActive)
            .Select(u => new { u.Id, u.Name, u.HoldsWbk, u.TimeZone }).ToListAsync(ct);
        var versions = await VersionChoicesAsync(ct);
        if (input is null)
        {
            var first = units.FirstOrDefault(u => u.Id == access.UserUnitId) ?? units.FirstOrDefault();
            var year = access.TodayIn(first?.TimeZone ?? Domain.Units.IndonesianTimeZone.Wib).Year;
            input = new CreateAssessmentInput
            {
                UnitId = first?.Id ?? 0,
                Year = year,
                LkeVersionCode = LkeTemplateFile.DefaultVersion,
                SelfStart = new DateOnly(year, 1, 1),
                SelfEnd = new DateOnly(year, 12, 31),
            };
        }
        return new CreateAssessmentViewModel(input,
            units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new Choice(u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Name)).ToList(),
            versions,
            units.Where(u => u.HoldsWbk).Select(u => u.Id).ToList());
    }

    /// <summary>
    /// Creates the assessment and lets the other features prepare the year, all in one transaction; returns its id,
    /// notes from those features, and a warning (e.g. WBBM for a unit without WBK), or throws <see cref="DomainException"/>.
    /// </summary>
    public async Task<(int Id, string? Notes, string? Warning)> CreateAsync(CreateAssessmentInput input, CancellationToken ct)
    {
        await scope.EnsureAccessAsync(input.UnitId, ct);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.UnitId, ct)
            ?? throw new DomainException("Unit tidak ditemukan.");
        if (await templates.FindAsync(input.LkeVersionCode, ct) is null
            || !(await LkeVersionLock.SelectableVersionsAsync(db, ct)).Contains(input.LkeVersionCode))
        {
            throw new DomainException($"Versi LKE '{input.LkeVersionCode}' tidak tersedia untuk penilaian baru.");
        }
        if (await db.Set<Assessment>().AnyAsync(a => a.UnitId == input.UnitId && a.Year == input.Year, ct))
        {
            throw new DomainException($"{unit.Name} sudah memiliki penilaian untuk tahun {input.Year}; satu unit hanya memiliki satu penilaian per tahun.");
        }
        var assessment = Assessment.Create(input.UnitId, input.Year, input.Target, input.LkeVersionCode);
        assessment.SetWindow(AssessmentStage.SelfAssessment, input.SelfStart, input.SelfEnd);
        assessment.SetWindow(AssessmentStage.InternalReview, input.ReviewStart, input.ReviewEnd);
        assessment.SetWindow(AssessmentStage.FollowUp, input.FollowUpStart, input.FollowUpEnd);
        db.Add(assessment);
        await LkeVersionLock.LockAsync(db, input.LkeVersionCode, access.NowUtc, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"{unit.Name} sudah memiliki penilaian untuk tahun {input.Year}; satu unit hanya memiliki satu penilaian per tahun.");
        }
        var notes = new List<string>();
        foreach (var handler in createdHandlers)
        {
            if (await handler.OnCreatedAsync(unit.Id, input.Year, ct) is { } note)
            {
                notes.Add(note);
            }
        }
        await tx.CommitAsync(ct);
        logger.LogInformation("Assessment {AssessmentId} created for unit {UnitId} year {Year} target {Target}", assessment.Id, unit.Id, input.Year, input.Target);
        var warning = input.Target == TargetPredicate.Wbbm && !unit.HoldsWbk
            ? "Unit ini belum tercatat meraih predikat WBK. Syarat WBBM \"Unit telah meraih predikat WBK\" akan tampil tidak terpenuhi."
            : null;
        return (assessment.Id, notes.Count == 0 ? null : string.Join(" ", notes), warning);
    }

    public async Task<AssessmentDetailsViewModel> DetailsAsync(int id, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var answers = await access.AnswersAsync(id, ct);
        var a = ctx.Assessment;
        var official = OfficialScore.Of(ctx, answers);
        var unitBoard = official.Unit;
        var assessorBoard = official.ByAssessor
            ? official.Official
            : answers.Assessor.Count == 0 ? null : ScoreBoard.Build(ctx.Template, LkeScorer.Score(ctx.Template, answers.AssessorSet(ctx.Unit.HoldsWbk)), answers.Hasil, a.Target);
        var windows = AssessmentLabels.WindowedStages.Select(s =>
        {
            var w = a.WindowOf(s);
            return new StageWindowRow(s, w?.StartDate, w?.EndDate, w?.Contains(ctx.Today) == true);
        }).ToList();
        var external = await db.Set<ExternalStageResult>().AsNoTracking().Where(x => x.AssessmentId == id).ToListAsync(ct);
        return new AssessmentDetailsViewModel(
            Header(ctx),
            ctx.Unit.HoldsWbk,
            windows,
            new EditWindowsInput
            {
                SelfStart = a.WindowOf(AssessmentStage.SelfAssessment)?.StartDate,
                SelfEnd = a.WindowOf(AssessmentStage.SelfAssessment)?.EndDate,
                ReviewStart = a.WindowOf(AssessmentStage.InternalReview)?.StartDate,
                ReviewEnd = a.WindowOf(AssessmentStage.InternalReview)?.EndDate,
                FollowUpStart = a.WindowOf(AssessmentStage.FollowUp)?.StartDate,
                FollowUpEnd = a.WindowOf(AssessmentStage.FollowUp)?.EndDate,
            },
            official.ByAssessor,
            unitBoard,
            assessorBoard,
            answers.Assessor.Count(x => x.NeedsFix),
            a.SubmittedAtUtc,
            a.FinalizedAtUtc,
            external.OrderBy(x => x.Stage).Select(x => new ExternalResultRow(x.Stage, x.Passed, x.Date, x.Note, CountValues(x.QuestionValuesJson), x.QuestionValuesJson)).ToList(),
            new RecordExternalResultInput { Date = ctx.Today })
        { CanManage = scope.Has(Permissions.ManageAssessments) };
    }

    public static AssessmentHeader Header(AssessmentContext ctx) => new(
        ctx.Assessment.Id, ctx.Unit.Id, ctx.Unit.Name, ctx.Assessment.Year, ctx.Assessment.Target, ctx.Assessment.LkeVersionCode,
        ctx.Template.Title, ctx.Assessment.Stage, ctx.Assessment.Round, ctx.Unit.TimeZone, ctx.Today);

    public async Task SetWindowsAsync(int id, EditWindowsInput input, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var a = ctx.Assessment;
        if (!CreateAssessmentInputValidator.PairComplete(input.SelfStart, input.SelfEnd)
            || !CreateAssessmentInputValidator.PairComplete(input.ReviewStart, input.ReviewEnd)
            || !CreateAssessmentInputValidator.PairComplete(input.FollowUpStart, input.FollowUpEnd))
        {
            throw new DomainException("Setiap jadwal tahap harus memiliki tanggal mulai dan tanggal selesai, atau dikosongkan keduanya.");
        }
        a.SetWindow(AssessmentStage.SelfAssessment, input.SelfStart, input.SelfEnd);
        a.SetWindow(AssessmentStage.InternalReview, input.ReviewStart, input.ReviewEnd);
        a.SetWindow(AssessmentStage.FollowUp, input.FollowUpStart, input.FollowUpEnd);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Stage windows of assessment {AssessmentId} changed by {UserId}", id, access.UserId);
    }

    public async Task RecordExternalAsync(int id, RecordExternalResultInput input, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var json = NormalizeQuestionValues(ctx.Template, input.QuestionValuesJson);
        var result = await db.Set<ExternalStageResult>().FirstOrDefaultAsync(x => x.AssessmentId == id && x.Stage == input.Stage, ct);
        if (result is null)
        {
            result = new ExternalStageResult(id, input.Stage);
            db.Add(result);
        }
        result.Record(input.Passed!.Value, input.Date!.Value, input.Note, json);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("External stage {Stage} result recorded for assessment {AssessmentId}", input.Stage, id);
    }

    /// <summary>
    /// Checks the optional per-question values: a JSON object of question code → option key (string) or value
    /// 0..1 (number). Every problem is listed by code.
    /// </summary>
    public static string? NormalizeQuestionValues(LkeTemplate template, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException)
        {
            throw new DomainException("Nilai per pertanyaan harus berupa objek JSON, misalnya {\"PPA1A\": \"A\", \"PRA1A\": 0.8}.");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DomainException("Nilai per pertanyaan harus berupa objek JSON, misalnya {\"PPA1A\": \"A\", \"PRA1A\": 0.8}.");
        }
        var errors = new List<string>();
        var values = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var prop in root.EnumerateObject())
        {
            var question = template.FindQuestion(prop.Name);
            if (question is null)
            {
                errors.Add($"{prop.Name}: kode pertanyaan tidak dikenal.");
            }
            else if (prop.Value.ValueKind == JsonValueKind.String && question.Options.Any(o => o.Key == prop.Value.GetString()))
            {
                values[prop.Name] = prop.Value.GetString()!;
            }
            else if (prop.Value.ValueKind == JsonValueKind.Number && prop.Value.TryGetDecimal(out var d) && d is >= 0m and <= 1m)
            {
                values[prop.Name] = d;
            }
            else
            {
                var keys = question.Options.Count > 0 ? "pilihan " + string.Join("/", question.Options.Select(o => o.Key)) + " atau " : "";
                errors.Add($"{prop.Name}: nilai harus {keys}angka 0–1.");
            }
        }
        if (errors.Count > 0)
        {
            throw new DomainException("Nilai per pertanyaan tidak valid: " + string.Join(" ", errors));
        }
        return JsonSerializer.Serialize(values);
    }

    private static int CountValues(string? json)
    {
        if (json is null)
        {
            return 0;
        }
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.EnumerateObject().Count() : 0;
    }

    private async Task<IReadOnlyList<Choice>> VersionChoicesAsync(CancellationToken ct)
    {
        var choices = new List<Choice>();
        foreach (var code in await LkeVersionLock.SelectableVersionsAsync(db, ct))
        {
            if (await templates.FindAsync(code, ct) is { } template)
            {
                choices.Add(new Choice(code, template.Title));
            }
        }
        return choices;
    }
}
