using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.WorkPlans;

/// <summary>The ZI work plan: items, re-planning, monitoring, follow-ups, approval, timeline and coverage.</summary>
public sealed class WorkPlanService(
    AppDbContext db,
    ResourceAccess scope,
    UnitCalendar calendar,
    WorkPlanAccess access,
    ICurrentUser currentUser,
    ILkeTemplateProvider templates,
    IEvidenceLookup evidence,
    ILogger<WorkPlanService> logger)
{
    /// <summary>Items per page of the plan's list (a Kantor's plan has hundreds of items).</summary>
    public const int PageSize = 50;

    /// <summary>
    /// The plan's list: filtered, counted and paged in SQL (ADR 0016); only the shown page's items are loaded. The PIC
    /// filter offers the PICs of this plan's items, not every staff member of the unit.
    /// </summary>
    public async Task<WorkPlanIndexViewModel> GetIndexAsync(int? unitId, int? year, WorkPlanFilter filter, CancellationToken ct = default)
    {
        var unit = await calendar.ResolveAsync(unitId, ct);
        var today = calendar.Today(unit.TimeZone);
        var y = year ?? today.Year;
        var plan = await db.Set<WorkPlan>().AsNoTracking().Include(p => p.Approvals)
            .FirstOrDefaultAsync(p => p.UnitId == unit.Id && p.Year == y, ct);
        var planId = plan?.Id ?? 0;
        var all = db.Set<WorkPlanItem>().AsNoTracking().Where(i => i.WorkPlanId == planId);
        var filtered = Filtered(all, filter, today);
        // IsLate (WorkPlanItem.IsLate) as a SQL condition: open and its end month is over.
        var thisMonth = PlanMonths.Of(today);
        // Plain aggregates over the (filtered) rows: one query without a filter, two with one (the plan's total too).
        var shown = plan is null ? null : await filtered.GroupBy(_ => 1)
            .Select(g => new
            {
                Shown = g.Count(),
                Late = g.Count(i => i.Status != WorkPlanStatus.Done && i.Status != WorkPlanStatus.Cancelled && i.EndMonth < thisMonth),
            })
            .FirstOrDefaultAsync(ct);
        var total = plan is null ? 0 : filter.HasCriteria ? await all.CountAsync(ct) : shown?.Shown ?? 0;
        var counts = new { Total = total, Shown = shown?.Shown ?? 0, Late = shown?.Late ?? 0 };
        var shownCount = counts.Shown;
        var page = PagerViewModel.Clamp(filter.Page, shownCount, PageSize);
        var ids = plan is null ? [] : await filtered.OrderBy(i => i.AreaCode).ThenBy(i => i.StartMonth).ThenBy(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(i => i.Id).ToListAsync(ct);
        var loaded = ids.Count == 0 ? [] : await ItemsQuery().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var rows = loaded.OrderBy(i => ids.IndexOf(i.Id)).Select(i => Row(i, today)).ToList();
        var pics = plan is null ? [] : await all.Where(i => i.Pic != null).Select(i => i.Pic!).Distinct()
            .Select(s => new StaffOption(s.Id, s.FullName, s.Nip, s.Position)).ToListAsync(ct);
        var query = new Dictionary<string, string?>
        {
            ["unitId"] = unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["year"] = y.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Area"] = filter.Area,
            ["Status"] = filter.Status?.WrittenName(),
            ["Pic"] = filter.Pic?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Late"] = filter.Late ? "true" : null,
            ["Code"] = filter.Code,
            ["Q"] = filter.Q,
        };
        return new WorkPlanIndexViewModel(unit, await calendar.VisibleUnitsAsync(ct), y, today, Header(plan), rows, counts.Total, filter,
            [.. pics.OrderBy(s => s.FullName, StringComparer.Ordinal)], await access.EditableAreasAsync(unit.Id, ct))
        {
            ShownCount = shownCount,
            LateCount = counts.Late,
            Pager = new PagerViewModel(page, PageSize, shownCount, query),
            CanApprove = currentUser.Has(Permissions.ApproveWorkPlan),
        };
    }

    private static IQueryable<WorkPlanItem> Filtered(IQueryable<WorkPlanItem> items, WorkPlanFilter filter, DateOnly today)
    {
        if (!string.IsNullOrEmpty(filter.Area))
        {
            items = items.Where(i => i.AreaCode == filter.Area);
        }
        if (filter.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }
        if (filter.Pic is { } pic)
        {
            items = items.Where(i => i.PicStaffId == pic);
        }
        if (filter.Late)
        {
            var thisMonth = PlanMonths.Of(today);
            items = items.Where(i => i.Status != WorkPlanStatus.Done && i.Status != WorkPlanStatus.Cancelled && i.EndMonth < thisMonth);
        }
        if (filter.Code?.Trim().ToUpperInvariant() is { Length: > 0 } code)
        {
            items = items.Where(i => i.Questions.Any(q => q.QuestionCode.StartsWith(code)));
        }
        if (filter.Q?.Trim().ToLower() is { Length: > 0 } text)
        {
            items = items.Where(i => i.Activity.ToLower().Contains(text) || i.Output.ToLower().Contains(text));
        }
        return items;
    }

    /// <summary>The home-page card: counts from aggregates in SQL, never the plan's rows.</summary>
    public async Task<WorkPlanSummaryViewModel> GetSummaryAsync(CancellationToken ct = default)
    {
        var unit = await calendar.ResolveAsync(null, ct);
        var today = calendar.Today(unit.TimeZone);
        var plan = await db.Set<WorkPlan>().AsNoTracking()
            .Where(p => p.UnitId == unit.Id && p.Year == today.Year)
            .Select(p => new { p.Id, p.Version, p.ApprovedVersion })
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return new WorkPlanSummaryViewModel(today.Year, 0, 0, 0, null, false);
        }
        // IsLate: open and its end month is over (ItemRow.IsLate, WorkPlanItem.IsLate), as a SQL condition.
        var thisMonth = PlanMonths.Of(today);
        var counts = await db.Set<WorkPlanItem>().AsNoTracking().Where(i => i.WorkPlanId == plan.Id)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Late = g.Count(i => i.Status != WorkPlanStatus.Done && i.Status != WorkPlanStatus.Cancelled && i.EndMonth < thisMonth),
            })
            .FirstOrDefaultAsync(ct);
        var openFollowUps = await db.Set<FollowUpAction>().AsNoTracking()
            .CountAsync(f => f.Entry!.Item!.WorkPlanId == plan.Id && f.ClosedOn == null, ct);
        return new WorkPlanSummaryViewModel(today.Year, counts?.Total ?? 0, counts?.Late ?? 0, openFollowUps, plan.Version, plan.ApprovedVersion == plan.Version);
    }

    public async Task<TimelineViewModel> GetTimelineAsync(int? unitId, int? year, CancellationToken ct = default)
    {
        var unit = await calendar.ResolveAsync(unitId, ct);
        var today = calendar.Today(unit.TimeZone);
        var y = year ?? today.Year;
        var planId = await PlanIdAsync(unit.Id, y, ct);
        return new TimelineViewModel(unit, await calendar.VisibleUnitsAsync(ct), y, today, planId is { } id ? await ItemRowsAsync(id, today, ct) : []);
    }

    public async Task<CoverageViewModel> GetCoverageAsync(int? unitId, int? year, CancellationToken ct = default)
    {
        var unit = await calendar.ResolveAsync(unitId, ct);
        var today = calendar.Today(unit.TimeZone);
        var y = year ?? today.Year;
        var planId = await PlanIdAsync(unit.Id, y, ct);
        var items = planId is { } id ? await ItemRowsAsync(id, today, ct) : [];
        var withEvidence = await evidence.QuestionCodesWithEvidenceAsync(unit.Id, y, ct);
        var template = await templates.GetAsync(LkeTemplateFile.DefaultVersion, ct);
        var byCode = items.Where(i => i.Status != WorkPlanStatus.Cancelled)
            .SelectMany(i => i.QuestionCodes.Select(c => (Code: c, Item: i)))
            .ToLookup(x => x.Code, x => (x.Item.Id, x.Item.Activity));
        var areas = ChangeAreas.All.Select(area => new CoverageArea(area.Code, area.Name,
            template.Halves.SelectMany(h => h.Areas.Where(a => a.AreaLetter == area.Code)
                .SelectMany(a => a.Indicators.SelectMany(i => i.Questions))
                .Select(qd => new CoverageQuestion(qd.Code, qd.Text, h.Name, byCode[qd.Code].ToList(), withEvidence.Contains(qd.Code))))
            .ToList())).ToList();
        return new CoverageViewModel(unit, await calendar.VisibleUnitsAsync(ct), y, areas,
            items.Where(i => !i.HasEvidence && i.Status != WorkPlanStatus.Cancelled).ToList());
    }

    public async Task<ItemDetailViewModel> GetItemAsync(int itemId, CancellationToken ct = default)
    {
        var item = await ItemsQuery().Include(i => i.Revisions).Include(i => i.Plan)
            .FirstOrDefaultAsync(i => i.Id == itemId, ct) ?? throw new NotFoundException();
        var plan = item.Plan!;
        var unit = await calendar.ResolveAsync(plan.UnitId, ct);
        var today = calendar.Today(unit.TimeZone);
        var titles = await evidence.TitlesAsync(plan.UnitId, item.Evidence.Select(e => e.EvidenceItemId)
            .Concat(item.Monitoring.SelectMany(m => m.Evidence).Select(e => e.EvidenceItemId)), ct);
        var ownerNames = await StaffNamesAsync(item.Monitoring.SelectMany(m => m.FollowUps).Select(f => f.OwnerStaffId), ct);
        var editable = await access.EditableAreasAsync(plan.UnitId, ct);
        return new ItemDetailViewModel(unit, plan.Year, Row(item, today),
            item.Evidence.Select(e => (e.EvidenceItemId, titles.GetValueOrDefault(e.EvidenceItemId))).ToList(), item.EvidenceNote,
            item.Revisions.OrderByDescending(r => r.AtUtc).Select(r => new RevisionRow(r.Kind, r.Description, r.Reason, r.OldStartMonth,
                r.OldEndMonth, r.NewStartMonth, r.NewEndMonth, r.AtUtc, r.ByName)).ToList(),
            item.Monitoring.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Select(m => new MonitoringRow(m.Id, m.Date, m.Progress, m.Status,
                m.Notes, m.RecordedByName, m.Evidence.Select(e => (e.EvidenceItemId, titles.GetValueOrDefault(e.EvidenceItemId))).ToList(), m.EvidenceNote,
                m.FollowUps.OrderBy(f => f.DueDate).Select(f => new FollowUpRow(f.Id, f.Action, ownerNames.GetValueOrDefault(f.OwnerStaffId, "–"),
                    f.DueDate, f.ClosedOn, f.ClosingNote, f.ClosedByName, f.IsOverdue(today))).ToList())).ToList(),
            await calendar.StaffOptionsAsync(plan.UnitId, ct), editable.Contains(item.AreaCode), today);
    }

    public async Task<ItemFormViewModel> ItemFormAsync(int? itemId, int? unitId, int? year, CancellationToken ct = default)
    {
        var form = await ItemFormCoreAsync(itemId, unitId, year, ct);
        var from = new DateOnly(form.Input.Year, 1, 1);
        var to = new DateOnly(form.Input.Year, 12, 31);
        var roster = await db.Set<Domain.Teams.TeamMembership>().AsNoTracking()
            .Where(m => m.Decree!.UnitId == form.Input.UnitId && m.ValidFrom <= to && from <= m.ValidTo)
            .Select(m => m.StaffMemberId).Distinct().ToListAsync(ct);
        return form with { RosterStaffIds = roster.ToHashSet() };
    }

    private async Task<ItemFormViewModel> ItemFormCoreAsync(int? itemId, int? unitId, int? year, CancellationToken ct)
    {
        if (itemId is { } id)
        {
            var item = await db.Set<WorkPlanItem>().AsNoTracking().Include(i => i.Plan).Include(i => i.Questions).Include(i => i.Helpers).Include(i => i.Evidence)
                .FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException();
            var u = await calendar.ResolveAsync(item.Plan!.UnitId, ct);
            return new ItemFormViewModel(new SaveWorkPlanItemInput
            {
                Id = item.Id,
                UnitId = u.Id,
                Year = item.Plan.Year,
                AreaCode = item.AreaCode,
                QuestionCodes = string.Join(", ", item.Questions.Select(q => q.QuestionCode).Order(StringComparer.Ordinal)),
                Activity = item.Activity,
                Output = item.Output,
                ExpectedEvidence = item.ExpectedEvidence,
                PicStaffId = item.PicStaffId,
                HelperStaffIds = item.Helpers.Select(h => h.StaffMemberId).ToList(),
                StartMonth = $"{item.StartMonth:yyyy-MM}",
                EndMonth = $"{item.EndMonth:yyyy-MM}",
                Budget = item.Budget,
                Status = item.Status,
                Progress = item.Progress,
                EvidenceIds = EvidenceIds.Format(item.Evidence.Select(e => e.EvidenceItemId)),
                EvidenceNote = item.EvidenceNote,
            }, u.Name, await calendar.StaffOptionsAsync(u.Id, ct), await access.EditableAreasAsync(u.Id, ct), item.OriginalStartMonth, item.OriginalEndMonth);
        }
        var unit = await calendar.ResolveAsync(unitId, ct);
        var y = year ?? calendar.Today(unit.TimeZone).Year;
        return new ItemFormViewModel(new SaveWorkPlanItemInput { UnitId = unit.Id, Year = y, Status = WorkPlanStatus.NotStarted },
            unit.Name, await calendar.StaffOptionsAsync(unit.Id, ct), await access.EditableAreasAsync(unit.Id, ct), null, null);
    }

    /// <summary>Unknown LKE question codes among <paramref name="codes"/> (checked against the LKE template).</summary>
    public async Task<IReadOnlyList<string>> UnknownQuestionCodesAsync(IEnumerable<string> codes, CancellationToken ct = default)
    {
        var template = await templates.GetAsync(LkeTemplateFile.DefaultVersion, ct);
        return codes.Where(c => template.FindQuestion(c) is null).ToList();
    }

    public async Task<int> SaveItemAsync(SaveWorkPlanItemInput input, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(input.UnitId, ct);
        await access.EnsureCanEditAsync(input.UnitId, input.AreaCode!, ct);
        var codes = SaveWorkPlanItemInput.SplitCodes(input.QuestionCodes);
        var unknown = await UnknownQuestionCodesAsync(codes, ct);
        if (unknown.Count > 0)
        {
            throw new DomainException($"Kode pertanyaan LKE tidak dikenal: {string.Join(", ", unknown)}.");
        }
        var staff = (await calendar.StaffOptionsAsync(input.UnitId, ct)).Select(s => s.Id).ToHashSet();
        if (!staff.Contains(input.PicStaffId!.Value) || input.HelperStaffIds.Any(h => !staff.Contains(h)))
        {
            throw new DomainException("PIC dan pendukung harus pegawai aktif unit ini.");
        }
        PlanMonths.TryParse(input.StartMonth, input.Year, out var start);
        PlanMonths.TryParse(input.EndMonth, input.Year, out var end);
        WorkPlanItem.CheckSchedule(start, end);
        var evidenceIds = EvidenceIds.Parse(input.EvidenceIds) ?? throw new DomainException("ID eviden harus berupa angka, dipisahkan koma.");
        await evidence.EnsureBelongToUnitAsync(input.UnitId, evidenceIds, ct);

        WorkPlanItem item;
        WorkPlan plan;
        if (input.Id is { } id)
        {
            item = await db.Set<WorkPlanItem>().Include(i => i.Plan).Include(i => i.Questions).Include(i => i.Helpers).Include(i => i.Evidence)
                .FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException();
            plan = item.Plan!;
            if (item.Plan!.UnitId != input.UnitId || item.Plan.Year != input.Year)
            {
                throw new ForbiddenException();
            }
            await access.EnsureCanEditAsync(input.UnitId, item.AreaCode, ct);
            if ((start != item.StartMonth || end != item.EndMonth) && string.IsNullOrWhiteSpace(input.RevisionReason))
            {
                throw new DomainException("Jadwal berubah: isi alasan perubahan jadwal (rencana awal tetap tersimpan).");
            }
            item.Reschedule(start, end, input.RevisionReason ?? "", currentUser.UserId, currentUser.Principal.GetFullName(), calendar.UtcNow);
            if (item.PicStaffId != input.PicStaffId)
            {
                var names = await StaffNamesAsync([item.PicStaffId, input.PicStaffId.Value], ct);
                item.MovePic(input.PicStaffId.Value, $"PIC diganti dari {names[item.PicStaffId]} ke {names[input.PicStaffId.Value]}",
                    string.IsNullOrWhiteSpace(input.RevisionReason) ? null : input.RevisionReason.Trim(), currentUser.UserId, currentUser.Principal.GetFullName(), calendar.UtcNow);
            }
        }
        else
        {
            plan = await GetOrCreatePlanAsync(input.UnitId, input.Year, ct);
            item = new WorkPlanItem
            {
                AreaCode = input.AreaCode!,
                Activity = "",
                Output = "",
                PicStaffId = input.PicStaffId.Value,
                OriginalStartMonth = start,
                OriginalEndMonth = end,
                StartMonth = start,
                EndMonth = end,
            };
            plan.Items.Add(item);
        }
        item.Describe(input.AreaCode!, input.Activity, input.Output, input.ExpectedEvidence, input.Budget, input.EvidenceNote);
        item.SetProgress(input.Status!.Value, input.Progress);
        item.SetQuestions(codes);
        item.SetHelpers(input.HelperStaffIds);
        item.SetEvidence(evidenceIds);
        plan.Touch();
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Work-plan item {ItemId} saved for unit {UnitId} year {Year}", item.Id, input.UnitId, input.Year);
        return item.Id;
    }

    public async Task<int> AddMonitoringAsync(AddMonitoringInput input, CancellationToken ct = default)
    {
        var item = await db.Set<WorkPlanItem>().Include(i => i.Plan).FirstOrDefaultAsync(i => i.Id == input.ItemId, ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(item.Plan!.UnitId, ct);
        await access.EnsureCanEditAsync(item.Plan.UnitId, item.AreaCode, ct);
        var ids = EvidenceIds.Parse(input.EvidenceIds) ?? throw new DomainException("ID eviden harus berupa angka, dipisahkan koma.");
        await evidence.EnsureBelongToUnitAsync(item.Plan.UnitId, ids, ct);
        var entry = new MonitoringEntry
        {
            Date = input.Date!.Value,
            Progress = input.Progress,
            Status = input.Status!.Value,
            Notes = input.Notes.Trim(),
            EvidenceNote = string.IsNullOrWhiteSpace(input.EvidenceNote) ? null : input.EvidenceNote.Trim(),
            RecordedByName = currentUser.Principal.GetFullName(),
            Evidence = ids.Select(i => new MonitoringEvidence { EvidenceItemId = i }).ToList(),
        };
        if (!string.IsNullOrWhiteSpace(input.FollowUpAction))
        {
            await EnsureStaffAsync(item.Plan.UnitId, input.FollowUpOwnerStaffId!.Value, ct);
            entry.FollowUps.Add(new FollowUpAction { Action = input.FollowUpAction.Trim(), OwnerStaffId = input.FollowUpOwnerStaffId.Value, DueDate = input.FollowUpDueDate!.Value });
        }
        item.RecordProgress(entry);
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    public async Task<int> AddFollowUpAsync(AddFollowUpInput input, CancellationToken ct = default)
    {
        var entry = await db.Set<MonitoringEntry>().Include(m => m.Item!).ThenInclude(i => i.Plan).FirstOrDefaultAsync(m => m.Id == input.EntryId, ct)
            ?? throw new NotFoundException();
        var unitId = entry.Item!.Plan!.UnitId;
        await scope.EnsureAccessAsync(unitId, ct);
        await access.EnsureCanEditAsync(unitId, entry.Item.AreaCode, ct);
        await EnsureStaffAsync(unitId, input.OwnerStaffId!.Value, ct);
        entry.FollowUps.Add(new FollowUpAction { Action = input.Action.Trim(), OwnerStaffId = input.OwnerStaffId.Value, DueDate = input.DueDate!.Value });
        await db.SaveChangesAsync(ct);
        return entry.WorkPlanItemId;
    }

    public async Task<int> CloseFollowUpAsync(CloseFollowUpInput input, CancellationToken ct = default)
    {
        var followUp = await db.Set<FollowUpAction>().Include(f => f.Entry!).ThenInclude(e => e.Item!).ThenInclude(i => i.Plan)
            .FirstOrDefaultAsync(f => f.Id == input.Id, ct) ?? throw new NotFoundException();
        var item = followUp.Entry!.Item!;
        await scope.EnsureAccessAsync(item.Plan!.UnitId, ct);
        await access.EnsureCanEditAsync(item.Plan.UnitId, item.AreaCode, ct);
        followUp.Close(input.ClosedOn!.Value, input.Note, currentUser.Principal.GetFullName());
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    /// <summary>The Pimpinan approves the version they saw; a plan changed since then must be reviewed again.</summary>
    public async Task<(int UnitId, int Year)> ApproveAsync(ApproveWorkPlanInput input, CancellationToken ct = default)
    {
        var plan = await db.Set<WorkPlan>().Include(p => p.Items).ThenInclude(i => i.Questions)
            .Include(p => p.Items).ThenInclude(i => i.Pic)
            .FirstOrDefaultAsync(p => p.Id == input.PlanId, ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(plan.UnitId, ct);
        if (plan.Version != input.Version)
        {
            throw new DomainException($"Rencana kerja telah berubah menjadi versi {plan.Version} sejak halaman dibuka. Periksa kembali sebelum menyetujui.");
        }
        var snapshot = JsonSerializer.Serialize(plan.Items.OrderBy(i => i.AreaCode, StringComparer.Ordinal).ThenBy(i => i.Id).Select(i => new
        {
            i.Id,
            Area = i.AreaCode,
            Kegiatan = i.Activity,
            Output = i.Output,
            Kode = i.Questions.Select(q => q.QuestionCode).Order(StringComparer.Ordinal),
            Pic = i.Pic!.FullName,
            Mulai = $"{i.StartMonth:yyyy-MM}",
            Selesai = $"{i.EndMonth:yyyy-MM}",
            MulaiAwal = $"{i.OriginalStartMonth:yyyy-MM}",
            SelesaiAwal = $"{i.OriginalEndMonth:yyyy-MM}",
            Anggaran = i.Budget,
            Status = i.Status.Label(),
            Progres = i.Progress,
        }));
        plan.Approve(currentUser.UserId!, currentUser.Principal.GetFullName(), calendar.UtcNow, input.Note, snapshot);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Work plan {PlanId} version {Version} approved by {UserId}", plan.Id, plan.Version, currentUser.UserId);
        return (plan.UnitId, plan.Year);
    }

    internal async Task<WorkPlan> GetOrCreatePlanAsync(int unitId, int year, CancellationToken ct)
    {
        var plan = await db.Set<WorkPlan>().FirstOrDefaultAsync(p => p.UnitId == unitId && p.Year == year, ct);
        if (plan is null)
        {
            plan = new WorkPlan { UnitId = unitId, Year = year, Version = 0 };
            db.Add(plan);
        }
        return plan;
    }

    internal async Task<int?> PlanIdAsync(int unitId, int year, CancellationToken ct) =>
        await db.Set<WorkPlan>().Where(p => p.UnitId == unitId && p.Year == year).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);

    internal async Task<List<ItemRow>> ItemRowsAsync(int planId, DateOnly today, CancellationToken ct)
    {
        var items = await ItemsQuery().Where(i => i.WorkPlanId == planId).ToListAsync(ct);
        return items.OrderBy(i => i.AreaCode, StringComparer.Ordinal).ThenBy(i => i.StartMonth).ThenBy(i => i.Id).Select(i => Row(i, today)).ToList();
    }

    private IQueryable<WorkPlanItem> ItemsQuery() =>
        db.Set<WorkPlanItem>().AsNoTracking()
            .Include(i => i.Pic).Include(i => i.Helpers).ThenInclude(h => h.StaffMember)
            .Include(i => i.Questions).Include(i => i.Evidence)
            .Include(i => i.Monitoring).ThenInclude(m => m.Evidence)
            .Include(i => i.Monitoring).ThenInclude(m => m.FollowUps)
            .AsSplitQuery();

    private static ItemRow Row(WorkPlanItem i, DateOnly today) => new(
        i.Id, i.AreaCode, i.Activity, i.Output, i.ExpectedEvidence, i.Questions.Select(q => q.QuestionCode).Order(StringComparer.Ordinal).ToList(),
        i.PicStaffId, i.Pic?.FullName ?? "–", i.Helpers.Select(h => h.StaffMember?.FullName ?? "–").Order(StringComparer.Ordinal).ToList(),
        i.StartMonth, i.EndMonth, i.OriginalStartMonth, i.OriginalEndMonth, i.Budget, i.Status, i.Progress, i.IsLate(today),
        i.Monitoring.SelectMany(m => m.FollowUps).Count(f => f.IsOpen), i.HasEvidence);

    private static PlanHeader? Header(WorkPlan? p) => p is null ? null : new PlanHeader(p.Id, p.Version, p.ApprovedVersion,
        p.ApprovedByName, p.ApprovedAtUtc, p.Approvals.OrderByDescending(a => a.Version).Select(a => new ApprovalRow(a.Version, a.ApprovedByName, a.ApprovedAtUtc, a.Note)).ToList());

    private async Task<Dictionary<int, string>> StaffNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Staff.AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
    }

    private async Task EnsureStaffAsync(int unitId, int staffId, CancellationToken ct)
    {
        if ((await calendar.StaffOptionsAsync(unitId, ct)).All(s => s.Id != staffId))
        {
            throw new DomainException("Penanggung jawab harus pegawai aktif unit ini.");
        }
    }
}
