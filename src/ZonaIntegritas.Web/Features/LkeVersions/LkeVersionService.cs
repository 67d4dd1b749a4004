using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.LkeVersions;

/// <summary>Administration of LKE versions: list, browse, edit wording and gates, import, export, copy.</summary>
public sealed class LkeVersionService(AppDbContext db, DbLkeTemplateProvider templates, ICurrentUser currentUser, TimeProvider clock, ILogger<LkeVersionService> logger)
{
    /// <summary>The list page; <c>CanManage</c> is the one "may edit LKE versions" answer for its views.</summary>
    public async Task<LkeVersionIndexViewModel> IndexAsync(CancellationToken ct = default) =>
        new(await ListAsync(ct), currentUser.Has(Permissions.ManageLkeTemplates));

    public async Task<LkeVersionDetailsViewModel> DetailsAsync(string code, CancellationToken ct = default) =>
        new(await GetSummaryAsync(code, ct), await GetTemplateAsync(code, ct), currentUser.Has(Permissions.ManageLkeTemplates));

    public async Task<IReadOnlyList<LkeVersionListItem>> ListAsync(CancellationToken ct = default)
    {
        var versions = await Summaries(db.Set<LkeVersion>()).ToListAsync(ct);
        return versions.OrderByDescending(v => v.Status == LkeVersionStatus.Active).ThenByDescending(v => v.ImportedAtUtc).ToList();
    }

    public async Task<LkeVersionListItem> GetSummaryAsync(string code, CancellationToken ct = default) =>
        await Summaries(db.Set<LkeVersion>().Where(v => v.Code == code)).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    public async Task<LkeTemplate> GetTemplateAsync(string code, CancellationToken ct = default) =>
        await templates.FindAsync(code, ct) ?? throw new NotFoundException();

    public async Task<EditLkeQuestionViewModel> GetQuestionAsync(string code, string questionCode, EditLkeQuestionInput? input = null, CancellationToken ct = default)
    {
        var version = await GetSummaryAsync(code, ct);
        var template = await GetTemplateAsync(code, ct);
        var question = template.FindQuestion(questionCode) ?? throw new NotFoundException();
        input ??= new EditLkeQuestionInput { Text = question.Text, TypicalEvidence = string.Join("\n", question.TypicalEvidence) };
        return new EditLkeQuestionViewModel(version, question, template.ParentsOf(questionCode).Indicator.Name, input);
    }

    public async Task EditQuestionAsync(string code, string questionCode, EditLkeQuestionInput input, CancellationToken ct = default)
    {
        await ChangeAsync(code, v => v.EditQuestion(questionCode, input.Text, input.EvidenceLines()), ct);
        logger.LogInformation("Question {QuestionCode} of LKE version {VersionCode} edited by {UserId}", questionCode, code, currentUser.UserId);
    }

    public async Task EditGatesAsync(string code, EditLkeGatesInput input, CancellationToken ct = default)
    {
        await ChangeAsync(code, v => v.ChangeGates(input.ToSettings()), ct);
        logger.LogInformation("Gates of LKE version {VersionCode} changed by {UserId}", code, currentUser.UserId);
    }

    public async Task ChangeStatusAsync(string code, LkeVersionStatus status, CancellationToken ct = default)
    {
        await ChangeAsync(code, v => v.ChangeStatus(status), ct);
        logger.LogInformation("LKE version {VersionCode} set to {Status} by {UserId}", code, status, currentUser.UserId);
    }

    /// <summary>Checks and stores a new version from a zi-lke-template/1 file; returns its code, or every problem found (nothing saved).</summary>
    public async Task<(string? Code, IReadOnlyList<string> Errors)> ImportAsync(string json, CancellationToken ct = default)
    {
        var codes = await db.Set<LkeVersion>().Select(v => v.Code).ToListAsync(ct);
        var result = LkeTemplateValidator.Validate(json, codes.Contains);
        if (!result.IsValid)
        {
            return (null, result.Errors);
        }
        var template = result.Template!;
        var version = LkeVersion.Create(template, template.VersionCode, template.Title, LkeVersionSource.Imported, ImporterName(), Now());
        db.Add(version);
        await db.SaveChangesAsync(ct);
        templates.Invalidate(version.Code);
        logger.LogInformation("LKE version {VersionCode} imported by {UserId}", version.Code, currentUser.UserId);
        return (version.Code, []);
    }

    public async Task<string> ExportAsync(string code, CancellationToken ct = default) =>
        LkeTemplateFile.Write(await GetTemplateAsync(code, ct));

    public async Task CopyAsync(string code, CopyLkeVersionInput input, CancellationToken ct = default)
    {
        if (await db.Set<LkeVersion>().AnyAsync(v => v.Code == input.Code, ct))
        {
            throw new DomainException($"Kode versi \"{input.Code}\" sudah dipakai. Pilih kode lain.");
        }
        var source = await db.Set<LkeVersion>().AsNoTracking().WithTree().SingleOrDefaultAsync(v => v.Code == code, ct) ?? throw new NotFoundException();
        db.Add(source.CopyAs(input.Code, input.Title, ImporterName(), Now()));
        await db.SaveChangesAsync(ct);
        templates.Invalidate(input.Code);
        logger.LogInformation("LKE version {VersionCode} copied as {NewVersionCode} by {UserId}", code, input.Code, currentUser.UserId);
    }

    /// <summary>Loads the version with its tree, applies a domain change (which refuses locked versions), saves, refreshes the cache.</summary>
    private async Task ChangeAsync(string code, Action<LkeVersion> change, CancellationToken ct)
    {
        var version = await db.Set<LkeVersion>().WithTree().SingleOrDefaultAsync(v => v.Code == code, ct) ?? throw new NotFoundException();
        change(version);
        await db.SaveChangesAsync(ct);
        templates.Invalidate(code);
    }

    private static IQueryable<LkeVersionListItem> Summaries(IQueryable<LkeVersion> versions) => versions.AsNoTracking().Select(v => new LkeVersionListItem(
        v.Code, v.Title, v.Status, v.Source, v.CopiedFromCode, v.ImportedAtUtc, v.ImportedBy, v.LockedAtUtc,
        v.Halves.SelectMany(h => h.Areas).SelectMany(a => a.Indicators).SelectMany(i => i.Questions).Count()));

    private string ImporterName()
    {
        var name = currentUser.Principal.GetFullName();
        return string.IsNullOrWhiteSpace(name) ? currentUser.Principal.Identity?.Name ?? "Administrator" : name;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
