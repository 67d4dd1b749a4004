using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using ZonaIntegritas.Web.Domain.Audit;

namespace ZonaIntegritas.Web.Infrastructure.Audit;

/// <summary>
/// Records every change to an audited entity (<see cref="AuditPolicy"/>) in the audit log, in the same
/// transaction as the change: before the save it notes old → new values (and opens a transaction when the caller
/// has none); after the save, when generated keys are known, it appends the rows and commits. A failed save rolls
/// the transaction back, so there is never a change without its audit row or an audit row without its change.
/// Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> and raw SQL bypass EF's change tracker and are not recorded.
/// </summary>
public sealed class AuditTrailInterceptor(AuditActorAccessor actors, TimeProvider clock) : SaveChangesInterceptor
{
    private readonly Dictionary<DbContext, Pending> _pending = [];

    // Synchronous saves (e.g. the data-protection key store) take the same path; they rarely touch audited types.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            var changes = Capture(db);
            if (changes.Count > 0)
            {
                var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                _pending[db] = new Pending(changes, owned);
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _pending.Remove(db, out var pending))
        {
            try
            {
                var actor = actors.Current;
                var now = clock.GetUtcNow().UtcDateTime;
                var units = new AuditUnitResolver(db);
                var rows = new List<AuditEntry>(pending.Changes.Count);
                foreach (var change in pending.Changes)
                {
                    rows.Add(await change.ToEntryAsync(actor, now, units, cancellationToken));
                }
                await AuditWriter.AppendAsync(db, rows, cancellationToken);
                if (pending.Transaction is { } tx)
                {
                    await tx.CommitAsync(cancellationToken);
                }
            }
            catch
            {
                if (pending.Transaction is { } tx)
                {
                    await tx.RollbackAsync(CancellationToken.None);
                }
                throw;
            }
            finally
            {
                if (pending.Transaction is { } tx)
                {
                    await tx.DisposeAsync();
                }
            }
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    private async Task AbandonAsync(DbContext? db)
    {
        if (db is not null && _pending.Remove(db, out var pending) && pending.Transaction is { } tx)
        {
            await tx.RollbackAsync(CancellationToken.None);
            await tx.DisposeAsync();
        }
    }

    private static List<PendingChange> Capture(DbContext db)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }
        var result = new List<PendingChange>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (entry.Entity is AuditEntry)
            {
                throw new InvalidOperationException("The audit log is append-only: its rows are never changed or deleted by the portal.");
            }
            var owner = entry.Metadata.IsOwned() ? entry.Metadata.FindOwnership() : null;
            var rootType = owner?.PrincipalEntityType.ClrType ?? entry.Metadata.ClrType;
            if (!AuditPolicy.Names.TryGetValue(rootType, out var name))
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var prefix = owner is null ? "" : owner.PrincipalToDependent!.Name + ".";
            // An owned part (e.g. a decree's scan) added or removed is a change of its owner.
            var change = new PendingChange(entry, name, action, owner is null ? action : AuditAction.Updated, prefix);
            if (action != AuditAction.Created)
            {
                // Old values are only known before the save; a new row's values (generated keys) only after it.
                change.Fields = Fields(entry, action, prefix);
                change.Key = KeyOf(entry);
                if (action == AuditAction.Updated && change.Fields.Count == 0)
                {
                    continue;
                }
            }
            result.Add(change);
        }
        return result;
    }

    internal static SortedDictionary<string, string?[]> Fields(EntityEntry entry, AuditAction action, string prefix)
    {
        var fields = new SortedDictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (AuditPolicy.IsSkipped(name) || (action == AuditAction.Updated && !property.IsModified)
                || (prefix.Length > 0 && property.Metadata.IsPrimaryKey()))
            {
                continue;
            }
            var oldValue = action == AuditAction.Created ? null : AuditPolicy.Format(property.OriginalValue);
            var newValue = action == AuditAction.Deleted ? null : AuditPolicy.Format(property.CurrentValue);
            if (action == AuditAction.Updated && oldValue == newValue)
            {
                continue;
            }
            if (AuditPolicy.IsSecret(name))
            {
                oldValue = oldValue is null ? null : AuditPolicy.Redacted;
                newValue = newValue is null ? null : AuditPolicy.Redacted;
            }
            if (action != AuditAction.Updated && oldValue is null && newValue is null)
            {
                continue;
            }
            fields[prefix + name] = [oldValue, newValue];
        }
        return fields;
    }

    internal static string KeyOf(EntityEntry entry)
    {
        // A user's role rows belong to the user's history.
        if (entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserRole<string> userRole)
        {
            return userRole.UserId;
        }
        var key = entry.Metadata.FindPrimaryKey()!;
        return string.Join(",", key.Properties.Select(p => AuditPolicy.Format(entry.Property(p.Name).CurrentValue)));
    }

    private sealed record Pending(List<PendingChange> Changes, IDbContextTransaction? Transaction);

    /// <param name="action">What happened to the tracked row (decides which values are old and new).</param>
    /// <param name="logged">What the audit row says happened (an owned part's change is an update of its owner).</param>
    private sealed class PendingChange(EntityEntry entry, string name, AuditAction action, AuditAction logged, string prefix)
    {
        public SortedDictionary<string, string?[]>? Fields { get; set; }
        public string? Key { get; set; }

        public async Task<AuditEntry> ToEntryAsync(AuditActor actor, DateTime now, AuditUnitResolver units, CancellationToken ct)
        {
            var fields = Fields ?? AuditTrailInterceptor.Fields(entry, action, prefix);
            return new AuditEntry
            {
                AtUtc = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                ClientAddress = actor.ClientAddress,
                UnitId = await units.UnitOfAsync(entry, ct),
                Action = logged,
                EntityType = name,
                EntityId = Key ?? KeyOf(entry),
                Changes = JsonSerializer.Serialize(fields),
                PreviousHash = "",
                Hash = "",
            };
        }
    }
}
