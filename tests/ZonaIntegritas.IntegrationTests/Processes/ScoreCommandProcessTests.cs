using System.Diagnostics;
using System.Text.Json;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Features.Lke;

namespace ZonaIntegritas.IntegrationTests.Processes;

/// <summary>
/// Runs the built application as a process (<c>dotnet ZonaIntegritas.Web.dll score FILE</c>), as a user would. Tests
/// that start processes live in the integration project, not in the unit suite (ADR 0018).
/// </summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
public sealed class ScoreCommandProcessTests : IDisposable
{
    /// <summary>The same answers file as the unit tests' <c>ScoreCommandTests.ValidFile</c>.</summary>
    private const string ValidFile = """
        {"format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2025, "target": "WBK",
         "answers": {"PPA1A": {"option": "Ya"}, "PPB1B": {"option": "C"}, "PRA1A": {"inputs": {"agen": 4, "perubahan": 5}}},
         "hasil": {"HBA": {"index": 3.7}, "HBB": {"option": "B"}, "HPA": {"index": 3.4}}}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("zi-score-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string file)
    {
        var dll = typeof(ScoreCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("score");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Built_application_scores_a_file_and_prints_json()
    {
        var file = Path.Combine(_folder, "jawaban.json");
        await File.WriteAllTextAsync(file, ValidFile);
        var (exit, output, errors) = await RunAsync(file);
        errors.ShouldBeEmpty();
        exit.ShouldBe(0);
        JsonDocument.Parse(output).RootElement.GetProperty("scores").GetProperty("total").GetDecimal().ShouldBeGreaterThan(0m);
    }

    [Fact]
    public async Task Built_application_exits_two_with_errors_on_stderr()
    {
        var file = Path.Combine(_folder, "salah.json");
        await File.WriteAllTextAsync(file, ValidFile.Replace("\"Ya\"", "\"Iya\""));
        var (exit, output, errors) = await RunAsync(file);
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        errors.Trim().ShouldBe("PPA1A: Jawaban 'Iya' tidak valid untuk PPA1A; pilihan yang tersedia: Ya, Tidak.");
        (await RunAsync(Path.Combine(_folder, "tidak-ada.json"))).Exit.ShouldBe(2);
    }
}
