using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Audit;

/// <summary>Event kinds recorded with <see cref="IAuditTrail.RecordEventAsync"/> (not entity changes).</summary>
public static class AuditEvents
{
    public const string SignInSucceeded = "SignInSucceeded";
    public const string SignInFailed = "SignInFailed";
    public const string SignedOut = "SignedOut";
    public const string PasswordReset = "PasswordReset";
    public const string PasswordChanged = "PasswordChanged";
    public const string TwoFactorChanged = "TwoFactorChanged";
    public const string SuperAdminAccess = "SuperAdminAccess";
    public const string Export = "Export";
}

/// <summary>
/// Records events that are not entity changes (sign-in success/failure, password reset, 2FA changes, Super Admin
/// access, exports). Entity changes are recorded by <see cref="AuditTrailInterceptor"/> without any call.
/// </summary>
public interface IAuditTrail
{
    /// <param name="kind">One of <see cref="AuditEvents"/> (or another short PascalCase name).</param>
    /// <param name="subjectId">What the event is about (e.g. the user id), shown in that object's "Riwayat".</param>
    /// <param name="details">Extra facts (e.g. the e-mail tried). Never pass passwords, codes or tokens.</param>
    /// <param name="actor">The actor when the request's user is not (yet) the one acting, e.g. right after sign-in.</param>
    Task RecordEventAsync(
        string kind,
        string? subjectId = null,
        int? unitId = null,
        IReadOnlyDictionary<string, string?>? details = null,
        AuditActor? actor = null,
        CancellationToken ct = default);
}

/// <summary>Writes the event row at once, in the caller's transaction if one is open, else in its own.</summary>
public sealed class AuditTrail(AppDbContext db, AuditActorAccessor actors, TimeProvider clock) : IAuditTrail
{
    public async Task RecordEventAsync(
        string kind,
        string? subjectId = null,
        int? unitId = null,
        IReadOnlyDictionary<string, string?>? details = null,
        AuditActor? actor = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var who = actor ?? actors.Current;
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = who.UserId,
            UserName = who.UserName,
            ClientAddress = who.ClientAddress,
            UnitId = unitId,
            Action = AuditAction.Event,
            EntityType = kind,
            EntityId = subjectId,
            Changes = JsonSerializer.Serialize(new SortedDictionary<string, string?>(
                (details ?? new Dictionary<string, string?>()).Where(d => !AuditPolicy.IsSecret(d.Key)).ToDictionary(), StringComparer.Ordinal)),
            PreviousHash = "",
            Hash = "",
        };
        if (db.Database.CurrentTransaction is not null)
        {
            await AuditWriter.AppendAsync(db, [entry], ct);
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AuditWriter.AppendAsync(db, [entry], ct);
        await tx.CommitAsync(ct);
    }
}
