using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Notifications;
using ZonaIntegritas.Web.Features.Backup;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>
/// Backup while writes go on, restore into an empty folder (and database), start the portal on it: every write
/// acknowledged before the backup began is there, every evidence file downloads with its hash, verify passes.
/// </summary>
[Collection(DemoPortalCollection.Name)]
public sealed class BackupRestoreTests : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly string _work = Directory.CreateTempSubdirectory("zi-backup-").FullName;
    private string? _restoredPgDatabase;

    public BackupRestoreTests(DemoPortal demo) => _factory = demo.For(typeof(BackupRestoreTests));

    [Fact]
    public async Task A_backup_taken_during_writes_restores_everything_acknowledged_before_it()
    {
        var userId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "ketua@zi.demo").Select(u => u.Id).SingleAsync());
        var acknowledged = new ConcurrentQueue<(int Id, DateTime AtUtc)>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested && i < 5000; i++)
            {
                await _factory.WithScopeAsync(async sp =>
                {
                    var db = sp.GetRequiredService<AppDbContext>();
                    var n = new Notification { UserId = userId, Text = $"tulis-{i}", CreatedAtUtc = DateTime.UtcNow };
                    db.Add(n);
                    await db.SaveChangesAsync();
                    // An audited write per iteration too: the snapshot must hold a whole chain.
                    await sp.GetRequiredService<IAuditTrail>().RecordEventAsync(AuditEvents.Export, n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    acknowledged.Enqueue((n.Id, DateTime.UtcNow));
                    return 0;
                });
            }
        });
        while (acknowledged.Count < 20)
        {
            await Task.Delay(20);
        }

        var archive = Path.Combine(_work, "cadangan.zip");
        var backupStarted = DateTime.UtcNow;
        var before = acknowledged.Where(a => a.AtUtc < backupStarted).Select(a => a.Id).ToList();
        var manifest = await _factory.WithScopeAsync(sp => ActivatorUtilities.CreateInstance<BackupService>(sp).WriteAsync(archive, CancellationToken.None));
        await Task.Delay(100);
        await stop.CancelAsync();
        await writer;
        manifest.Entries.ShouldContain(e => e.Path.StartsWith("data/files/", StringComparison.Ordinal));

        var (restoredInfo, restoredData) = await RestoreAsync(archive);
        await using var restored = new RestoredPortal(restoredInfo, restoredData);
        var present = await restored.WithDbAsync(db => db.Set<Notification>().Where(n => n.UserId == userId).Select(n => n.Id).ToListAsync());
        before.Except(present).ShouldBeEmpty("every write acknowledged before the backup began is in it");
        before.Count.ShouldBeGreaterThanOrEqualTo(20);

        // Every evidence file downloads from the restored portal with the content it had.
        var client = await PortalClient.SignedInAsync(restored, "ketua@zi.demo");
        var revisions = await restored.WithDbAsync(db => db.Set<EvidenceRevision>().Select(r => new { r.EvidenceItemId, r.Number, r.StoredFileSha256 }).ToListAsync());
        revisions.ShouldNotBeEmpty();
        foreach (var r in revisions)
        {
            var response = await client.Http.GetAsync($"/eviden/berkas/unduh/{r.EvidenceItemId}?revision={r.Number}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync())).ShouldBe(r.StoredFileSha256);
        }

        await using var db = DatabaseOptions.CreateContext(restoredInfo.Provider, restoredInfo.ConnectionString);
        var report = await DataVerifier.VerifyAsync(db, restoredInfo.Provider, restoredData, CancellationToken.None);
        report.Problems.ShouldBeEmpty();
        var audit = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        audit.Ok.ShouldBeTrue(audit.Summary);
        var exported = await db.Set<AuditEntry>().Where(e => e.EntityType == AuditEvents.Export).Select(e => e.EntityId!).ToListAsync();
        before.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Except(exported).ShouldBeEmpty("every audited write acknowledged before the backup is in the restored chain");
    }

    [Fact]
    public async Task Restore_refuses_a_folder_that_is_not_empty_and_a_damaged_archive()
    {
        var archive = Path.Combine(_work, "cadangan.zip");
        await _factory.WithScopeAsync(sp => ActivatorUtilities.CreateInstance<BackupService>(sp).WriteAsync(archive, CancellationToken.None));
        var info = _factory.Services.GetRequiredService<DatabaseInfo>();

        var busy = Directory.CreateDirectory(Path.Combine(_work, "terisi")).FullName;
        await File.WriteAllTextAsync(Path.Combine(busy, "ada.txt"), "x");
        var refused = await Should.ThrowAsync<BackupException>(() => new RestoreService(info).RestoreAsync(archive, busy, CancellationToken.None));
        refused.Message.ShouldContain("tidak kosong");

        // One evidence file changed inside the archive: refused by its SHA-256.
        var damaged = Path.Combine(_work, "rusak.zip");
        File.Copy(archive, damaged);
        using (var zip = System.IO.Compression.ZipFile.Open(damaged, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("data/files/", StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            await using var stream = zip.CreateEntry(name).Open();
            await stream.WriteAsync("isi palsu"u8.ToArray());
        }
        var target = Path.Combine(_work, "kosong");
        var (damagedInfo, _) = await TargetAsync();
        var error = await Should.ThrowAsync<BackupException>(() => new RestoreService(damagedInfo).RestoreAsync(damaged, target, CancellationToken.None));
        error.Message.ShouldContain("Arsip rusak");
    }

    private async Task<(DatabaseInfo Info, string Data)> RestoreAsync(string archive)
    {
        var (info, data) = await TargetAsync();
        await new RestoreService(info).RestoreAsync(archive, data, CancellationToken.None);
        return (info, data);
    }

    /// <summary>An empty target: a new folder, and for PostgreSQL a new empty database on the same server.</summary>
    private async Task<(DatabaseInfo Info, string Data)> TargetAsync()
    {
        var data = Path.Combine(_work, "pulih-" + Guid.NewGuid().ToString("N")[..8]);
        if (_factory.Provider != DatabaseProvider.PostgreSql)
        {
            return (new DatabaseInfo(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(data, BackupLayout.SqliteFileName)}"), data);
        }
        _restoredPgDatabase = "zi_restore_" + Guid.NewGuid().ToString("N")[..12];
        var server = Environment.GetEnvironmentVariable("ZI_TEST_PG")!;
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_restoredPgDatabase}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return (new DatabaseInfo(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(server) { Database = _restoredPgDatabase }.ConnectionString), data);
    }

    public void Dispose()
    {
        if (_restoredPgDatabase is not null)
        {
            PgDatabases.Drop(Environment.GetEnvironmentVariable("ZI_TEST_PG")!, _restoredPgDatabase);
        }
        Directory.Delete(_work, recursive: true);
    }

    private sealed class RestoredPortal(DatabaseInfo info, string dataPath) : PortalFactory(info.Provider, info.ConnectionString, dataPath);
}
