using System.Diagnostics;
using Npgsql;

namespace ZonaIntegritas.Web.Features.Backup;

/// <summary><c>pg_dump</c> / <c>pg_restore</c> (PostgreSQL client tools) with the portal's connection string.</summary>
public static class PostgresTools
{
    public static Task DumpAsync(string connectionString, string target, CancellationToken ct) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", target], ct);

    public static Task RestoreAsync(string connectionString, string dump, CancellationToken ct) =>
        RunAsync("pg_restore", connectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", dump], ct);

    private static async Task RunAsync(string tool, string connectionString, IReadOnlyList<string> args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--dbname=" + cs.Database);
        start.Environment["PGHOST"] = cs.Host;
        start.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = cs.Username;
        start.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(start) ?? throw new BackupException($"{tool} tidak dapat dijalankan.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} gagal (kode {process.ExitCode}): {(await errors).Trim()}");
        }
    }

    /// <summary>The newest installed client tool (Debian keeps them under /usr/lib/postgresql/N/bin), else PATH.</summary>
    private static string Find(string tool)
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return installed ?? tool;
    }
}
