using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Features.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

/// <summary>The Agen Perubahan register: decrees, agents, change projects and PRA1A/PRA1B input decisions.</summary>
public sealed class ChangeAgentService(
    AppDbContext db,
    ResourceAccess scope,
    UnitCalendar calendar,
    ICurrentUser currentUser,
    FileIntake intake,
    IEvidenceLookup evidence,
    IChangeAgentStatistics statistics,
    IAuthorizationService auth,
    AssessmentFreeze freeze,
    ILogger<ChangeAgentService> logger)
{
    public async Task<ChangeAgentsIndexViewModel> GetIndexAsync(int? unitId, int? year, CancellationToken ct = default)
    {
        var unit = await calendar.ResolveAsync(unitId, ct);
        var y = year ?? calendar.Today(unit.TimeZone).Year;
        var decrees = await LoadDecreesAsync(db.Set<ChangeAgentDecree>().Where(d => d.UnitId == unit.Id), ct);
        var stats = ChangeAgentRules.Compute(decrees, y);
        return new ChangeAgentsIndexViewModel(unit, await calendar.VisibleUnitsAsync(ct), y, stats,
            decrees.OrderByDescending(d => d.TermFrom).Select(d => Block(d, y)).ToList(),
            await calendar.StaffOptionsAsync(unit.Id, ct))
        { CanManage = currentUser.Has(Permissions.ManageRosters) };
    }

    public async Task<AgentDecreeFormViewModel> DecreeFormAsync(int? decreeId, int? unitId, CancellationToken ct = default)
    {
        if (decreeId is { } id)
        {
            var d = await db.Set<ChangeAgentDecree>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
            await scope.EnsureAccessAsync(d.UnitId, ct);
            return new AgentDecreeFormViewModel(new SaveAgentDecreeInput
            {
                Id = d.Id,
                UnitId = d.UnitId,
                Number = d.Number,
                DecreeDate = d.DecreeDate,
                SignedBy = d.SignedBy,
                TermFrom = d.TermFrom,
                TermTo = d.TermTo,
                SelectionMethod = d.SelectionMethod,
                SelectionMinutes = d.SelectionMinutes,
            }, d.Unit!.Name, d.Scan?.FileName);
        }
        var unit = await calendar.ResolveAsync(unitId, ct);
        return new AgentDecreeFormViewModel(new SaveAgentDecreeInput { UnitId = unit.Id }, unit.Name, null);
    }

    public async Task<int> SaveDecreeAsync(SaveAgentDecreeInput input, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(input.UnitId, ct);
        ChangeAgentDecree decree;
        if (input.Id is { } id)
        {
            decree = await db.Set<ChangeAgentDecree>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException();
            if (decree.UnitId != input.UnitId)
            {
                throw new ForbiddenException();
            }
        }
        else
        {
            decree = new ChangeAgentDecree { UnitId = input.UnitId, Number = "", SignedBy = "", SelectionMethod = "" };
            db.Add(decree);
        }
        decree.Number = input.Number.Trim();
        decree.DecreeDate = input.DecreeDate!.Value;
        decree.SignedBy = input.SignedBy.Trim();
        decree.TermFrom = input.TermFrom!.Value;
        decree.TermTo = input.TermTo!.Value;
        decree.SelectionMethod = input.SelectionMethod.Trim();
        decree.SelectionMinutes = string.IsNullOrWhiteSpace(input.SelectionMinutes) ? null : input.SelectionMinutes.Trim();
        await DecreeScans.SaveWithScanAsync(intake, input.Scan, decree.Scan, stored => decree.Scan = stored, () => db.SaveChangesAsync(ct), ct);
        logger.LogInformation("Change-agent decree {DecreeId} saved for unit {UnitId}", decree.Id, decree.UnitId);
        return decree.Id;
    }

    public async Task<int> AddAgentAsync(AddChangeAgentInput input, CancellationToken ct = default)
    {
        var decree = await db.Set<ChangeAgentDecree>().Include(d => d.Agents).FirstOrDefaultAsync(d => d.Id == input.DecreeId, ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(decree.UnitId, ct);
        if ((await calendar.StaffOptionsAsync(decree.UnitId, ct)).All(s => s.Id != input.StaffMemberId))
        {
            throw new DomainException("Pegawai tidak ditemukan di daftar pegawai aktif unit ini.");
        }
        if (decree.Agents.Any(a => a.StaffMemberId == input.StaffMemberId))
        {
            throw new DomainException("Pegawai ini sudah tercatat sebagai agen perubahan pada SK tersebut.");
        }
        decree.Agents.Add(new ChangeAgent { StaffMemberId = input.StaffMemberId!.Value, Role = input.Role!.Value });
        await db.SaveChangesAsync(ct);
        return decree.UnitId;
    }

    public async Task<AgentDetailViewModel> GetAgentAsync(int agentId, CancellationToken ct = default)
    {
        var agent = await db.Set<ChangeAgent>().AsNoTracking()
            .Include(a => a.StaffMember).Include(a => a.Projects).ThenInclude(p => p.Evidence)
            .Include(a => a.Decree!).ThenInclude(d => d.Unit)
            .FirstOrDefaultAsync(a => a.Id == agentId, ct) ?? throw new NotFoundException();
        var decree = agent.Decree!;
        await scope.EnsureAccessAsync(decree.UnitId, ct);
        var year = calendar.Today(decree.Unit!.TimeZone).Year;
        var titles = await evidence.TitlesAsync(decree.UnitId, agent.Projects.SelectMany(p => p.Evidence).Select(e => e.EvidenceItemId), ct);
        decree.Agents = [agent];
        var block = Block(decree, year);
        return new AgentDetailViewModel(decree.UnitId, decree.Unit.Name, block.Agents[0], block,
            agent.Projects.OrderByDescending(p => p.StartDate).Select(p => new ProjectRow(p.Id, p.Title, p.AreaCode, p.Problem,
                p.BeforeDescription, p.AfterDescription, p.StartDate, p.EndDate, p.Status, p.IsIntegrated, p.IntegrationReference,
                p.EvidenceNote, p.Evidence.Select(e => (e.EvidenceItemId, titles.GetValueOrDefault(e.EvidenceItemId))).ToList())).ToList(),
            new UpdateChangeAgentInput { Id = agent.Id, Role = agent.Role, Status = agent.Status, StatusNote = agent.StatusNote })
        { CanManage = currentUser.Has(Permissions.ManageRosters) };
    }

    public async Task UpdateAgentAsync(UpdateChangeAgentInput input, CancellationToken ct = default)
    {
        var agent = await db.Set<ChangeAgent>().Include(a => a.Decree).FirstOrDefaultAsync(a => a.Id == input.Id, ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(agent.Decree!.UnitId, ct);
        agent.Role = input.Role!.Value;
        agent.Status = input.Status!.Value;
        agent.StatusNote = string.IsNullOrWhiteSpace(input.StatusNote) ? null : input.StatusNote.Trim();
        await db.SaveChangesAsync(ct);
    }

    public async Task<ProjectFormViewModel> ProjectFormAsync(int? projectId, int agentId, CancellationToken ct = default)
    {
        var agent = await db.Set<ChangeAgent>().AsNoTracking().Where(a => a.Id == agentId)
            .Select(a => new { a.Decree!.UnitId, a.StaffMember!.FullName }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(agent.UnitId, ct);
        var input = new SaveChangeProjectInput { AgentId = agentId, Status = ChangeProjectStatus.InProgress };
        if (projectId is { } id)
        {
            var p = await db.Set<ChangeProject>().AsNoTracking().Include(x => x.Evidence).FirstOrDefaultAsync(x => x.Id == id && x.ChangeAgentId == agentId, ct)
                ?? throw new NotFoundException();
            input = new SaveChangeProjectInput
            {
                Id = p.Id,
                AgentId = agentId,
                Title = p.Title,
                AreaCode = p.AreaCode,
                Problem = p.Problem,
                BeforeDescription = p.BeforeDescription,
                AfterDescription = p.AfterDescription,
                StartDate = p.StartDate,
                EndDate = p.EndDate,
                Status = p.Status,
                IsIntegrated = p.IsIntegrated,
                IntegrationReference = p.IntegrationReference,
                EvidenceIds = EvidenceIds.Format(p.Evidence.Select(e => e.EvidenceItemId)),
                EvidenceNote = p.EvidenceNote,
            };
        }
        return new ProjectFormViewModel(input, agent.FullName, agent.UnitId);
    }

    public async Task SaveProjectAsync(SaveChangeProjectInput input, CancellationToken ct = default)
    {
        var agent = await db.Set<ChangeAgent>().Include(a => a.Decree).FirstOrDefaultAsync(a => a.Id == input.AgentId, ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(agent.Decree!.UnitId, ct);
        ChangeProject project;
        if (input.Id is { } id)
        {
            project = await db.Set<ChangeProject>().Include(p => p.Evidence).FirstOrDefaultAsync(p => p.Id == id && p.ChangeAgentId == agent.Id, ct)
                ?? throw new NotFoundException();
        }
        else
        {
            project = new ChangeProject { Title = "", AreaCode = "", Problem = "", BeforeDescription = "", AfterDescription = "" };
            agent.Projects.Add(project);
        }
        project.Title = input.Title.Trim();
        project.AreaCode = input.AreaCode!;
        project.Problem = input.Problem.Trim();
        project.BeforeDescription = input.BeforeDescription.Trim();
        project.AfterDescription = input.AfterDescription.Trim();
        project.StartDate = input.StartDate!.Value;
        project.EndDate = input.EndDate;
        project.Status = input.Status!.Value;
        project.IsIntegrated = input.IsIntegrated;
        project.IntegrationReference = string.IsNullOrWhiteSpace(input.IntegrationReference) ? null : input.IntegrationReference.Trim();
        project.EvidenceNote = string.IsNullOrWhiteSpace(input.EvidenceNote) ? null : input.EvidenceNote.Trim();
        var ids = EvidenceIds.Parse(input.EvidenceIds) ?? throw new DomainException("ID eviden harus berupa angka, dipisahkan koma.");
        await evidence.EnsureBelongToUnitAsync(agent.Decree.UnitId, ids, ct);
        project.Evidence.RemoveAll(e => !ids.Contains(e.EvidenceItemId));
        project.Evidence.AddRange(ids.Where(i => project.Evidence.All(e => e.EvidenceItemId != i)).Select(i => new ChangeProjectEvidence { EvidenceItemId = i }));
        project.CheckRules();
        await db.SaveChangesAsync(ct);
    }

    public async Task<(Stream Content, string ContentType, string FileName)> OpenScanAsync(int decreeId, CancellationToken ct = default)
    {
        var d = await db.Set<ChangeAgentDecree>().AsNoTracking().Where(x => x.Id == decreeId).Select(x => new { x.UnitId, x.Scan }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(d.UnitId, ct);
        var stream = d.Scan is null ? null : await intake.OpenReadAsync(d.Scan.Key, FileIntake.LegacyScanFolder, ct);
        return stream is null ? throw new NotFoundException("Berkas pindaian SK tidak ditemukan.") : (stream, d.Scan!.ContentType, d.Scan.FileName);
    }

    /// <summary>The worksheet panel for PRA1A/PRA1B (null for every other question).</summary>
    public async Task<AgentInputsPanelViewModel?> PanelAsync(WorksheetPanelContext context, CancellationToken ct = default)
    {
        if (!ChangeAgentRules.QuestionCodes.Contains(context.QuestionCode) || !await scope.CanAccessAsync(context.UnitId, ct))
        {
            return null;
        }
        var stats = await statistics.GetAsync(context.UnitId, context.Year, ct);
        var history = await db.Set<AgentInputDecision>().AsNoTracking()
            .Where(d => d.UnitId == context.UnitId && d.Year == context.Year && d.QuestionCode == context.QuestionCode)
            .OrderByDescending(d => d.Id)
            .Select(d => new DecisionRow(d.Id, d.QuestionCode, d.IsOverride, d.ComputedAgents, d.ComputedChanges, d.ComputedIntegrated,
                d.Agents, d.Changes, d.Integrated, d.Reason, d.DecidedByName, d.DecidedAtUtc))
            .ToListAsync(ct);
        return new AgentInputsPanelViewModel(context, stats, stats.InputsFor(context.QuestionCode), history,
            context.CanEdit && await CanDecideAsync(context.UnitId, ct));
    }

    /// <summary>
    /// Records the unit's decision on the computed inputs (recomputed here, never taken from the form).
    /// Returns the values the worksheet should use, keyed by input key.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> DecideAsync(DecideAgentInputsInput input, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(input.UnitId, ct);
        if (!await CanDecideAsync(input.UnitId, ct))
        {
            throw new ForbiddenException("Anda tidak berhak mengisi pertanyaan area Manajemen Perubahan.");
        }
        await freeze.EnsureCanChangeAsync(input.UnitId, input.Year, [input.QuestionCode], ct);
        var stats = await statistics.GetAsync(input.UnitId, input.Year, ct);
        var isA = input.QuestionCode == "PRA1A";
        var decision = new AgentInputDecision
        {
            UnitId = input.UnitId,
            Year = input.Year,
            QuestionCode = input.QuestionCode,
            ComputedAgents = stats.ActiveAgents,
            ComputedChanges = stats.ChangesMade,
            ComputedIntegrated = stats.ChangesIntegrated,
            IsOverride = input.Override,
            Agents = isA ? (input.Override ? input.Agents : stats.ActiveAgents) : null,
            Changes = input.Override ? input.Changes : stats.ChangesMade,
            Integrated = isA ? null : (input.Override ? input.Integrated : stats.ChangesIntegrated),
            Reason = input.Override ? input.Reason?.Trim() : null,
            DecidedByUserId = currentUser.UserId!,
            DecidedByName = currentUser.Principal.GetFullName(),
            DecidedAtUtc = calendar.UtcNow,
        };
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("PRA1 inputs {QuestionCode} for unit {UnitId} year {Year} decided (override: {IsOverride})",
            decision.QuestionCode, decision.UnitId, decision.Year, decision.IsOverride);
        return isA
            ? new Dictionary<string, int> { ["agen"] = decision.Agents!.Value, ["perubahan"] = decision.Changes!.Value }
            : new Dictionary<string, int> { ["perubahan"] = decision.Changes!.Value, ["terintegrasi"] = decision.Integrated!.Value };
    }

    private async Task<bool> CanDecideAsync(int unitId, CancellationToken ct) =>
        (await auth.AuthorizeAsync(currentUser.Principal, Permissions.AnswerWorksheet)).Succeeded
        && await scope.CanEditAreaAsync(unitId, "A", await calendar.TodayAsync(unitId, ct));

    private async Task<List<ChangeAgentDecree>> LoadDecreesAsync(IQueryable<ChangeAgentDecree> query, CancellationToken ct) =>
        await query.AsNoTracking().Include(d => d.Agents).ThenInclude(a => a.StaffMember)
            .Include(d => d.Agents).ThenInclude(a => a.Projects)
            .AsSplitQuery().ToListAsync(ct);

    private static AgentDecreeBlock Block(ChangeAgentDecree d, int year) => new(
        d.Id, d.Number, d.DecreeDate, d.SignedBy, d.TermFrom, d.TermTo, d.SelectionMethod, d.SelectionMinutes, d.Scan?.FileName, d.OverlapsYear(year),
        d.Agents.OrderBy(a => a.StaffMember!.FullName, StringComparer.Ordinal).Select(a => new AgentRow(a.Id, a.StaffMemberId, a.StaffMember!.FullName,
            a.StaffMember.Nip, a.StaffMember.Position, a.Role, a.Status, a.StatusNote, a.Projects.Count,
            a.Projects.Count(p => p.IsChangeMadeIn(year)), a.Projects.Count(p => p.IsChangeMadeIn(year) && p.IsIntegrated))).ToList());
}
