using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Configuration;

/// <summary>A start-up failure the operator must fix; <c>Program</c> prints the message (Bahasa Indonesia) and exits 1.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Brings the database to the model at start-up (<c>Database:MigrateAtStartup</c>, default true), or, where only
/// DBAs may change the schema, checks that every migration is there and refuses to serve otherwise.
/// A server that cannot be reached fails after the connection string's own timeout with a clear message.
/// </summary>
public static class DatabaseStartup
{
    public static async Task MigrateOrVerifyAsync(AppDbContext db, DatabaseInfo info, bool migrate, CancellationToken ct)
    {
        bool exists;
        try
        {
            exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
        {
            throw new StartupException(
                $"Basis data ({info.Provider}) tidak dapat dihubungi: {ex.Message} Periksa ConnectionStrings:Default, " +
                "jaringan, dan bahwa server basis data berjalan.", ex);
        }

        if (migrate)
        {
            await db.Database.MigrateAsync(ct);
            return;
        }

        if (!exists)
        {
            throw new StartupException(
                $"Basis data ({info.Provider}) belum ada dan Database:MigrateAtStartup = false. Minta DBA membuatnya " +
                "dan menjalankan skrip dari perintah 'migrations-script', lalu mulai ulang portal.");
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            throw new StartupException(
                $"Skema basis data belum lengkap: {pending.Count} migrasi belum dijalankan ({string.Join(", ", pending)}). " +
                "Database:MigrateAtStartup = false: minta DBA menjalankan skrip dari perintah 'migrations-script', " +
                "lalu mulai ulang portal.");
        }
    }
}
