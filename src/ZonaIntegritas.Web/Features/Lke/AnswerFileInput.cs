using ZonaIntegritas.Web.Domain.Lke.Exchange;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Lke;

/// <summary>Reads a <c>zi-lke/1</c> answer file for the <c>score</c> and <c>plan</c> commands; problems go to stderr.</summary>
internal static class AnswerFileInput
{
    /// <summary>The parsed file, or null after writing every problem to <paramref name="stderr"/>.</summary>
    public static async Task<ZiLkeParseResult?> ReadAsync(string path, TextWriter stderr)
    {
        if (Directory.Exists(path))
        {
            await stderr.WriteLineAsync($"'{path}' adalah folder, bukan berkas jawaban LKE.");
            return null;
        }
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            await stderr.WriteLineAsync($"Berkas '{path}' tidak ditemukan.");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            await stderr.WriteLineAsync($"Berkas '{path}' tidak dapat dibaca (periksa izin akses berkas): {ex.GetType().Name}.");
            return null;
        }

        var result = ZiLkeExchange.Parse(json, LkeTemplateFile.FindEmbedded);
        if (!result.IsValid || result.Header is null)
        {
            foreach (var error in result.Errors)
            {
                await stderr.WriteLineAsync($"{error.Code}: {error.Message}");
            }
            return null;
        }
        return result;
    }
}
