using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Lke.Exchange;
using ZonaIntegritas.Web.Domain.Lke.Planning;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Lke;

/// <summary>
/// <c>plan FILE.json [--target WBK|WBBM]</c>: the gap-to-predikat planner on a <c>zi-lke/1</c> answer file, without a
/// database (docs/planner.md). Prints pure JSON on stdout (exit 0); problems on stderr (exit 2). The target defaults
/// to the file's own.
/// </summary>
public sealed class PlanCommand : ICliCommand
{
    public string Name => "plan";

    public bool NeedsHost => false;

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var target = CommandLine.Option(args, "--target");
        var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !string.Equals(args[i - 1], "--target", StringComparison.OrdinalIgnoreCase))).ToList();
        if (files.Count != 1 || string.IsNullOrWhiteSpace(files[0]) || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && !a.StartsWith("--target", StringComparison.OrdinalIgnoreCase)))
        {
            await stderr.WriteLineAsync("Gunakan: plan BERKAS.json [--target WBK|WBBM]   (berkas jawaban LKE berformat zi-lke/1)");
            return ScoreCommand.Invalid;
        }
        if (target is not null && !ZiLkeExchange.Targets.Contains(target.ToUpperInvariant()))
        {
            await stderr.WriteLineAsync($"target: '{target}' tidak dikenal; gunakan WBK atau WBBM.");
            return ScoreCommand.Invalid;
        }
        if (await AnswerFileInput.ReadAsync(files[0], stderr) is not { Header: { } header } result)
        {
            return ScoreCommand.Invalid;
        }
        var template = LkeTemplateFile.FindEmbedded(header.LkeVersion)!;
        var plan = PredicatePlanner.Plan(template, result.Answers!, (target ?? header.Target).ToUpperInvariant());
        await stdout.WriteAsync(ZiLkePlanWriter.Write(plan));
        await stdout.FlushAsync();
        return 0;
    }
}
