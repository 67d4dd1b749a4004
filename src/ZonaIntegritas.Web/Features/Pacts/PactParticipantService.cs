using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Time;
using ZonaIntegritas.Web.Infrastructure.Units;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>A unit's pact coverage: signed of total participants.</summary>
public sealed record UnitCoverage(int UnitId, string UnitName, int Signed, int Total);

/// <summary>A participant of a campaign with their signature, if any.</summary>
public sealed record PactParticipantRow(
    int StaffMemberId,
    string FullName,
    string? Nip,
    string? Position,
    int UnitId,
    string UnitName,
    bool JoinedLater,
    int? SignatureId,
    SignatureMethod? Method,
    DateTime? SignedAtUtc,
    string? VerificationCode)
{
    public bool HasSigned => SignatureId is not null;
}

/// <summary>
/// Who takes part in a campaign. Rule (documented in docs/integrity-pacts.md):
/// participants = the campaign's <see cref="PactParticipant"/> rows ∪ staff with a valid signature. While the
/// campaign is not closed, every read first synchronises the rows with the active staff now in scope: staff
/// who joined the scope (new or moved in) are added with <c>JoinedLater</c>, unsigned staff who left the scope
/// or became inactive are removed. Once closed, the rows are no longer touched, so the list is frozen.
/// </summary>
public sealed class PactParticipantService(AppDbContext db, UnitDirectory directory, UnitClock clock, StampedCache stamped)
{
    public async Task<List<int>> ScopeUnitIdsAsync(PactCampaign campaign, CancellationToken ct = default)
    {
        if (!campaign.IncludeDescendants)
        {
            return [campaign.UnitId];
        }
        return [.. await directory.SubtreeAsync(campaign.UnitId, ct)];
    }

    /// <summary>Brings the participant rows up to date unless the campaign is closed (<paramref name="initial"/>: at creation).</summary>
    public async Task SyncAsync(PactCampaign campaign, bool initial = false, CancellationToken ct = default)
    {
        var zone = campaign.Unit?.TimeZone ?? await db.Units.Where(u => u.Id == campaign.UnitId).Select(u => u.TimeZone).FirstAsync(ct);
        if (!initial && campaign.StatusOn(clock.TodayIn(zone)) == PactCampaignStatus.Closed)
        {
            return;
        }
        var scope = await ScopeUnitIdsAsync(campaign, ct);
        // Asked again only after a change to staff, units, participants or signatures (StampedCache).
        if (!initial && !await stamped.GetAsync($"pact-needs-sync:{campaign.Id}:{string.Join(',', scope)}", [ChangeCounterNames.Staff, ChangeCounterNames.Pacts],
                token => NeedsSyncAsync(campaign.Id, scope, token), ct))
        {
            // The usual read: nothing to add or remove, answered by one EXISTS query instead of loading every id.
            return;
        }
        var eligible = (await db.Staff.Where(s => s.IsActive && scope.Contains(s.UnitId)).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var rows = await db.Set<PactParticipant>().Where(p => p.CampaignId == campaign.Id).ToListAsync(ct);
        var signed = (await db.Set<PactSignature>().Where(s => s.CampaignId == campaign.Id && s.VoidedAtUtc == null)
            .Select(s => s.StaffMemberId).ToListAsync(ct)).ToHashSet();
        var now = clock.UtcNow;
        var known = rows.Select(r => r.StaffMemberId).ToHashSet();
        var added = eligible.Where(id => !known.Contains(id))
            .Select(id => new PactParticipant { CampaignId = campaign.Id, StaffMemberId = id, AddedAtUtc = now, JoinedLater = !initial })
            .ToList();
        var removed = rows.Where(r => !eligible.Contains(r.StaffMemberId) && !signed.Contains(r.StaffMemberId)).ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            return;
        }
        db.AddRange(added);
        db.RemoveRange(removed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent read synchronised the same rows first; its result is as good as ours.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Whether an active staff member in scope has no row, or an unsigned row's staff member left the scope.</summary>
    private async Task<bool> NeedsSyncAsync(int campaignId, List<int> scope, CancellationToken ct)
    {
        var rows = db.Set<PactParticipant>().Where(p => p.CampaignId == campaignId);
        var eligible = db.Staff.Where(s => s.IsActive && scope.Contains(s.UnitId));
        var missing = eligible.Where(s => !rows.Any(p => p.StaffMemberId == s.Id));
        var stale = rows.Where(p => !eligible.Any(s => s.Id == p.StaffMemberId)
            && !db.Set<PactSignature>().Any(x => x.CampaignId == campaignId && x.VoidedAtUtc == null && x.StaffMemberId == p.StaffMemberId));
        return await db.Set<PactCampaign>().Where(c => c.Id == campaignId).Select(c => missing.Any() || stale.Any()).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<PactParticipantRow>> ListAsync(PactCampaign campaign, CancellationToken ct = default)
    {
        await SyncAsync(campaign, ct: ct);
        var rows = await db.Set<PactParticipant>().AsNoTracking().Where(p => p.CampaignId == campaign.Id)
            .Select(p => new { p.StaffMemberId, p.JoinedLater }).ToListAsync(ct);
        var signatures = await db.Set<PactSignature>().AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.VoidedAtUtc == null)
            .Select(s => new { s.Id, s.StaffMemberId, s.Method, s.SignedAtUtc, s.VerificationCode }).ToListAsync(ct);
        var ids = rows.Select(r => r.StaffMemberId).Concat(signatures.Select(s => s.StaffMemberId)).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.FullName, s.Nip, s.Position, s.UnitId, UnitName = s.Unit!.Name }).ToListAsync(ct);
        var joined = rows.ToDictionary(r => r.StaffMemberId, r => r.JoinedLater);
        var bySigner = signatures.ToDictionary(s => s.StaffMemberId);
        return staff
            .Select(s =>
            {
                var sig = bySigner.GetValueOrDefault(s.Id);
                return new PactParticipantRow(s.Id, s.FullName, s.Nip, s.Position, s.UnitId, s.UnitName,
                    joined.GetValueOrDefault(s.Id), sig?.Id, sig?.Method, sig?.SignedAtUtc, sig?.VerificationCode);
            })
            .OrderBy(p => p.UnitName, StringComparer.Ordinal)
            .ThenBy(p => p.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Participants (rows ∪ valid signatures) per unit, counted in SQL: (unit, name, signed, total).</summary>
    public Task<IReadOnlyList<UnitCoverage>> CoverageAsync(int campaignId, CancellationToken ct = default) =>
        stamped.GetAsync($"pact-coverage:{campaignId}", [ChangeCounterNames.Staff, ChangeCounterNames.Pacts], token => CountCoverageAsync(campaignId, token), ct);

    private async Task<IReadOnlyList<UnitCoverage>> CountCoverageAsync(int campaignId, CancellationToken ct)
    {
        var totals = await Joined(campaignId)
            .GroupBy(r => new { r.Staff.UnitId, r.Staff.Unit!.Name })
            .Select(g => new { g.Key.UnitId, g.Key.Name, Signed = g.Count(r => r.Signature != null), Total = g.Count() })
            .ToListAsync(ct);
        return totals.Select(t => new UnitCoverage(t.UnitId, t.Name, t.Signed, t.Total)).ToList();
    }

    /// <summary>One page of the participants who have (not) signed, optionally of one unit, ordered by unit and name.</summary>
    public Task<IReadOnlyList<PactParticipantRow>> PageAsync(int campaignId, int? unitId, bool signed, int skip, int take, CancellationToken ct = default) =>
        stamped.GetAsync($"pact-page:{campaignId}:{unitId}:{signed}:{skip}:{take}", [ChangeCounterNames.Staff, ChangeCounterNames.Pacts],
            token => ReadPageAsync(campaignId, unitId, signed, skip, take, token), ct);

    private async Task<IReadOnlyList<PactParticipantRow>> ReadPageAsync(int campaignId, int? unitId, bool signed, int skip, int take, CancellationToken ct)
    {
        var people = Joined(campaignId).Where(r => (r.Signature != null) == signed);
        if (unitId is { } unit)
        {
            people = people.Where(r => r.Staff.UnitId == unit);
        }
        return await people.OrderBy(r => r.Staff.Unit!.Name).ThenBy(r => r.Staff.FullName).ThenBy(r => r.Staff.Id).Skip(skip).Take(take)
            .Select(r => new PactParticipantRow(r.Staff.Id, r.Staff.FullName, r.Staff.Nip, r.Staff.Position, r.Staff.UnitId, r.Staff.Unit!.Name,
                r.Row != null && r.Row.JoinedLater,
                r.Signature == null ? null : r.Signature.Id,
                r.Signature == null ? null : r.Signature.Method,
                r.Signature == null ? null : r.Signature.SignedAtUtc,
                r.Signature == null ? null : r.Signature.VerificationCode))
            .ToListAsync(ct);
    }

    private sealed class JoinedParticipant
    {
        public required Domain.Staff.StaffMember Staff { get; init; }
        public PactParticipant? Row { get; init; }
        public PactSignature? Signature { get; init; }
    }

    /// <summary>
    /// The participant rule in SQL, as one join: staff with a participant row or a valid signature (each at most one:
    /// unique indexes), with both sides attached.
    /// </summary>
    private IQueryable<JoinedParticipant> Joined(int campaignId) =>
        from s in db.Staff.AsNoTracking()
        join p in db.Set<PactParticipant>().Where(p => p.CampaignId == campaignId) on s.Id equals p.StaffMemberId into rows
        from p in rows.DefaultIfEmpty()
        join x in Signatures(campaignId) on s.Id equals x.StaffMemberId into signatures
        from x in signatures.DefaultIfEmpty()
        where p != null || x != null
        select new JoinedParticipant { Staff = s, Row = p, Signature = x };

    private IQueryable<PactSignature> Signatures(int campaignId) =>
        db.Set<PactSignature>().AsNoTracking().Where(s => s.CampaignId == campaignId && s.VoidedAtUtc == null);

    /// <summary>Records a participant row for someone who signs (e.g. before any coverage read synchronised them).</summary>
    public async Task EnsureRowAsync(int campaignId, int staffMemberId, CancellationToken ct = default)
    {
        if (!await db.Set<PactParticipant>().AnyAsync(p => p.CampaignId == campaignId && p.StaffMemberId == staffMemberId, ct))
        {
            db.Add(new PactParticipant
            {
                CampaignId = campaignId,
                StaffMemberId = staffMemberId,
                AddedAtUtc = clock.UtcNow,
                JoinedLater = true,
            });
        }
    }
}
