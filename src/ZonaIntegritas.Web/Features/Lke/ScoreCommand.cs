using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Lke.Exchange;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Lke;

/// <summary>
/// <c>score FILE.json</c>: scores a <c>zi-lke/1</c> answer file against the LKE versions shipped in the application
/// (no database) and prints the exported document with every score and gate on stdout (exit 0), or one
/// <c>KODE: pesan</c> line per error on stderr (exit 2).
/// </summary>
public sealed class ScoreCommand : ICliCommand
{
    public const int Invalid = 2;

    public string Name => "score";

    public bool NeedsHost => false;

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await stderr.WriteLineAsync("Gunakan: score BERKAS.json   (berkas jawaban LKE berformat zi-lke/1)");
            return Invalid;
        }
        if (await AnswerFileInput.ReadAsync(args[0], stderr) is not { Header: { } header } result)
        {
            return Invalid;
        }
        var template = LkeTemplateFile.FindEmbedded(header.LkeVersion)!;
        await stdout.WriteAsync(ZiLkeExchange.Export(template, header, result.Answers!, result.Notes));
        await stdout.FlushAsync();
        return 0;
    }
}
