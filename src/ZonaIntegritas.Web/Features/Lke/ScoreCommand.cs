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
        var path = args[0];
        if (Directory.Exists(path))
        {
            await stderr.WriteLineAsync($"'{path}' adalah folder, bukan berkas jawaban LKE.");
            return Invalid;
        }
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            await stderr.WriteLineAsync($"Berkas '{path}' tidak ditemukan.");
            return Invalid;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            await stderr.WriteLineAsync($"Berkas '{path}' tidak dapat dibaca (periksa izin akses berkas): {ex.GetType().Name}.");
            return Invalid;
        }

        var result = ZiLkeExchange.Parse(json, LkeTemplateFile.FindEmbedded);
        if (!result.IsValid || result.Header is null)
        {
            foreach (var error in result.Errors)
            {
                await stderr.WriteLineAsync($"{error.Code}: {error.Message}");
            }
            return Invalid;
        }
        var template = LkeTemplateFile.FindEmbedded(result.Header.LkeVersion)!;
        await stdout.WriteAsync(ZiLkeExchange.Export(template, result.Header, result.Answers!, result.Notes));
        await stdout.FlushAsync();
        return 0;
    }
}
