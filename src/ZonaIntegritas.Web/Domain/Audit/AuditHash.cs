using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ZonaIntegritas.Web.Domain.Audit;

/// <summary>
/// The hash chain: a row's hash is SHA-256 (lower-case hex) over the UTF-8 of a JSON array of every column in a
/// fixed order, the previous row's hash included. The first row's previous hash is <see cref="Genesis"/>.
/// </summary>
public static class AuditHash
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>Times are kept to whole microseconds (what PostgreSQL stores), so a row hashes the same after a round trip.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    public static string Canonical(AuditEntry e) => JsonSerializer.Serialize(new object?[]
    {
        e.Sequence,
        Truncate(e.AtUtc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        e.UserId,
        e.UserName,
        e.ClientAddress,
        e.UnitId,
        e.Action.ToString(),
        e.EntityType,
        e.EntityId,
        e.Changes,
        e.PreviousHash,
    });

    public static string Compute(AuditEntry e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(e))));

    /// <summary>Sets sequence, previous hash and hash of <paramref name="entry"/> as the successor of the given tail.</summary>
    public static void Chain(AuditEntry entry, long previousSequence, string previousHash)
    {
        entry.Sequence = previousSequence + 1;
        entry.AtUtc = Truncate(entry.AtUtc);
        entry.PreviousHash = previousHash;
        entry.Hash = Compute(entry);
    }
}
