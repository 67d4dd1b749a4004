using System.Text.Json;
using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.SubmissionCheck;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Reports;

/// <summary>
/// Shared parsing of <c>--assessment ID</c>, <c>--basis</c> and <c>--out FILE</c> for the report commands, which run
/// as the operator against the configured database (like <c>create-admin</c>): exit 0 on success, 2 on bad
/// arguments, 3 when the assessment does not exist.
/// </summary>
public abstract class ReportCommandBase : ICliCommand
{
    public const int Usage = 2;
    public const int NotFound = 3;

    public abstract string Name { get; }

    protected abstract string UsageText { get; }

    protected virtual bool NeedsOut => true;

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!int.TryParse(CommandLine.Option(args, "--assessment"), out var id) || id <= 0)
        {
            await stderr.WriteLineAsync("Gunakan: " + UsageText);
            return Usage;
        }
        var output = CommandLine.Option(args, "--out");
        if (NeedsOut && string.IsNullOrWhiteSpace(output))
        {
            await stderr.WriteLineAsync("Gunakan: " + UsageText);
            return Usage;
        }
        if (ReportBases.Parse(CommandLine.Option(args, "--basis")) is not { } basis)
        {
            await stderr.WriteLineAsync("--basis harus unit, assessor atau both.");
            return Usage;
        }
        ReportData data;
        try
        {
            data = await services.GetRequiredService<ReportDataLoader>().LoadUncheckedAsync(id, CancellationToken.None);
        }
        catch (NotFoundException)
        {
            await stderr.WriteLineAsync($"Penilaian {id} tidak ditemukan.");
            return NotFound;
        }
        return await RunAsync(services, data, basis, output, stdout, stderr);
    }

    protected abstract Task<int> RunAsync(IServiceProvider services, ReportData data, ReportBasis basis, string? output, TextWriter stdout, TextWriter stderr);

    protected static async Task<int> WriteFileAsync(string path, byte[] content, TextWriter stdout)
    {
        await File.WriteAllBytesAsync(path, content);
        await stdout.WriteLineAsync(path);
        return 0;
    }
}

/// <summary><c>report --assessment ID [--basis unit|assessor|both] --out FILE.pdf</c>.</summary>
public sealed class ReportCommand : ReportCommandBase
{
    public override string Name => "report";

    protected override string UsageText => "report --assessment ID [--basis unit|assessor|both] --out BERKAS.pdf";

    protected override Task<int> RunAsync(IServiceProvider services, ReportData data, ReportBasis basis, string? output, TextWriter stdout, TextWriter stderr) =>
        WriteFileAsync(output!, ReportService.Pdf(data, basis).Content, stdout);
}

/// <summary><c>report-excel --assessment ID --out FILE.xlsx</c>.</summary>
public sealed class ReportExcelCommand : ReportCommandBase
{
    public override string Name => "report-excel";

    protected override string UsageText => "report-excel --assessment ID --out BERKAS.xlsx";

    protected override Task<int> RunAsync(IServiceProvider services, ReportData data, ReportBasis basis, string? output, TextWriter stdout, TextWriter stderr) =>
        WriteFileAsync(output!, ReportService.Excel(data).Content, stdout);
}

/// <summary><c>pack --assessment ID [--basis unit|assessor|both] --out FILE.zip</c>: the TPN submission pack, streamed to the file.</summary>
public sealed class PackCommand : ReportCommandBase
{
    public override string Name => "pack";

    protected override string UsageText => "pack --assessment ID [--basis unit|assessor|both] --out BERKAS.zip";

    protected override async Task<int> RunAsync(IServiceProvider services, ReportData data, ReportBasis basis, string? output, TextWriter stdout, TextWriter stderr)
    {
        await using (var file = new FileStream(output!, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await services.GetRequiredService<ReportService>().WritePackAsync(data, basis, file, CancellationToken.None);
        }
        await stdout.WriteLineAsync(output);
        return 0;
    }
}

/// <summary><c>check --assessment ID</c>: the pre-submission check as JSON on stdout (exit 0 also when items are red).</summary>
public sealed class CheckCommand : ReportCommandBase
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public override string Name => "check";

    protected override string UsageText => "check --assessment ID";

    protected override bool NeedsOut => false;

    protected override async Task<int> RunAsync(IServiceProvider services, ReportData data, ReportBasis basis, string? output, TextWriter stdout, TextWriter stderr)
    {
        var result = services.GetRequiredService<SubmissionCheckService>().Evaluate(data);
        await stdout.WriteLineAsync(JsonSerializer.Serialize(new
        {
            format = "zi-submission-check/1",
            result.AssessmentId,
            result.UnitCode,
            result.Year,
            result.SnapshotCode,
            result.CheckedAtUtc,
            result.MaxFileBytes,
            counts = new { sesuai = result.Sesuai, perluPerbaikan = result.PerluPerbaikan, tidakSesuai = result.TidakSesuai },
            result.ReadyToSubmit,
            result.Areas,
            result.GateFailures,
            questions = result.Questions.Select(q => new { q.Code, q.AreaCode, q.IndicatorCode, status = q.Status, q.StatusLabel, q.Findings }),
        }, Json));
        await stdout.FlushAsync();
        return 0;
    }
}
