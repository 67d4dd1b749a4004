using System.Text.Json;
using ZonaIntegritas.Web.Features.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

public sealed class ScoreCommandTests : IDisposable
{
    internal const string ValidFile = """
        {"format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2025, "target": "WBK",
         "answers": {"PPA1A": {"option": "Ya"}, "PPB1B": {"option": "C"}, "PRA1A": {"inputs": {"agen": 4, "perubahan": 5}}},
         "hasil": {"HBA": {"index": 3.7}, "HBB": {"option": "B"}, "HPA": {"index": 3.4}}}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("zi-score-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await new ScoreCommand().RunAsync(null, args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Valid_file_prints_the_scored_document_and_exits_zero()
    {
        var (exit, output, errors) = await RunAsync(Write("jawaban.json", ValidFile));
        exit.ShouldBe(0);
        errors.ShouldBeEmpty();
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("format").GetString().ShouldBe("zi-lke/1");
        root.GetProperty("answers").GetProperty("PRA1A").GetProperty("inputs").GetProperty("perubahan").GetInt32().ShouldBe(5);
        var scores = root.GetProperty("scores");
        scores.GetProperty("questions").GetProperty("PRA1A").GetDecimal().ShouldBe(1m);
        scores.GetProperty("hasil").GetProperty("HBA").GetDecimal().ShouldBe(16.1875m);
        scores.GetProperty("unanswered").GetArrayLength().ShouldBe(107);
        scores.GetProperty("gates").GetProperty("WBK").GetProperty("passed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void The_command_needs_no_host() => new ScoreCommand().NeedsHost.ShouldBeFalse();

    [Fact]
    public async Task Invalid_file_prints_one_line_per_error_and_exits_two()
    {
        var path = Write("salah.json", ValidFile.Replace("\"Ya\"", "\"A\"").Replace("\"WBK\"", "\"WBX\"").Replace("\"agen\": 4", "\"agen\": -4"));
        var (exit, output, errors) = await RunAsync(path);
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "target: Target 'WBX' tidak valid; gunakan WBK atau WBBM.",
            "PPA1A: Jawaban 'A' tidak valid untuk PPA1A; pilihan yang tersedia: Ya, Tidak.",
            "PRA1A: Isian 'agen' pada PRA1A tidak boleh negatif.",
        ]);
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_its_position()
    {
        var (exit, _, errors) = await RunAsync(Write("rusak.json", "{\"format\": \"zi-lke/1\",\n \"year\" 2025}"));
        exit.ShouldBe(2);
        errors.ShouldStartWith("json: Berkas bukan JSON yang valid (baris 2, posisi 9).");
    }

    [Fact]
    public async Task Missing_file_is_reported_and_exits_two()
    {
        var (exit, output, errors) = await RunAsync(Path.Combine(_folder, "tidak-ada.json"));
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        errors.ShouldContain("tidak ditemukan");
    }

    [Fact]
    public async Task A_folder_instead_of_a_file_is_reported_and_exits_two()
    {
        var (exit, _, errors) = await RunAsync(_folder);
        exit.ShouldBe(2);
        errors.ShouldContain($"'{_folder}' adalah folder, bukan berkas jawaban LKE.");
    }

    [Theory]
    [InlineData]
    [InlineData("a.json", "b.json")]
    public async Task Wrong_arguments_print_the_usage_and_exit_two(params string[] args)
    {
        var (exit, _, errors) = await RunAsync(args);
        exit.ShouldBe(2);
        errors.ShouldStartWith("Gunakan: score BERKAS.json");
    }
}
