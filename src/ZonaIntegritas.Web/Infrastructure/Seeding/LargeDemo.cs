using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Seeding;

/// <summary>What <c>seed-demo</c> does: the ordinary demo, and with a size the Kanwil-sized set on top of it.</summary>
public static class LargeDemo
{
    public static async Task<int> RunAsync(IServiceProvider services, LargeDemoSize? size, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await stderr.WriteLineAsync("Data demo tidak pernah dimuat di lingkungan Production.");
            return 1;
        }
        if (size is not null && await RefusalAsync(services, ct) is { } refusal)
        {
            await stderr.WriteLineAsync(refusal);
            return 1;
        }
        await StartupTasks.PrepareDatabaseAsync(services, seedDemo: true);
        if (size is null)
        {
            await stdout.WriteLineAsync("Data demo tersedia.");
            return 0;
        }
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var result = await ActivatorUtilities.CreateInstance<LargeDemoSeeder>(scope.ServiceProvider).SeedAsync(size, ct);
        var id = IndonesianCulture.Id;
        await stdout.WriteLineAsync(string.Format(id,
            "Data demo skala Kanwil dimuat dalam {0:N1} detik: {1:N0} unit baru, {2:N0} pegawai, {3:N0} eviden, {4:N0} penilaian, {5:N0} tanda tangan pakta.",
            result.Elapsed.TotalSeconds, result.Units, result.Staff, result.Evidence, result.Assessments, result.Signatures));
        return 0;
    }

    /// <summary>Why the large set cannot be loaded here (a database with units or a data folder with files), or null.</summary>
    public static async Task<string?> RefusalAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetAppliedMigrationsAsync(ct)).Any() && await db.Units.AnyAsync(ct))
        {
            return "Basis data tidak kosong: data demo skala Kanwil hanya dimuat pada basis data kosong. Gunakan folder data atau basis data baru.";
        }
        var files = Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataPath, "files");
        if (Directory.Exists(files) && Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories).Any())
        {
            return "Folder data tidak kosong: data demo skala Kanwil hanya dimuat pada folder data baru (Storage:DataPath).";
        }
        return null;
    }
}
