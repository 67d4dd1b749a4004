using System.Text.Json;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>
/// The shipped option criteria are the Indonesian texts of <c>scripts/lke/criteria-id.json</c> (English meaning →
/// Indonesian), never the English meanings of the reference tree they were built from.
/// </summary>
public class CriteriaTextTests
{
    private static readonly Dictionary<string, string> Map = LoadMap();

    private static Dictionary<string, string> LoadMap()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ZonaIntegritas.sln")))
        {
            folder = folder.Parent;
        }
        folder.ShouldNotBeNull("the repository root (ZonaIntegritas.sln) above the test binaries");
        var json = File.ReadAllText(Path.Combine(folder.FullName, "scripts", "lke", "criteria-id.json"));
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
    }

    private static IEnumerable<(string Code, LkeOption Option)> AllOptions() =>
        LkeAnswers.Shipped.Questions.SelectMany(q => q.Options.Select(o => (q.Code, o)))
            .Concat(LkeAnswers.Shipped.Hasil.SelectMany(h => h.Options.Select(o => (h.Code, o))));

    [Fact]
    public void The_map_translates_every_meaning_into_a_different_text()
    {
        Map.Count.ShouldBe(227);
        foreach (var (english, indonesian) in Map)
        {
            indonesian.ShouldNotBeNullOrWhiteSpace(english);
            indonesian.ShouldNotBe(english);
        }
    }

    [Fact]
    public void No_shipped_criteria_text_is_an_English_source_meaning()
    {
        foreach (var (code, option) in AllOptions())
        {
            Map.Keys.ShouldNotContain(option.Criteria, $"{code} {option.Key}");
        }
    }

    [Fact]
    public void Every_shipped_criteria_text_comes_from_the_Indonesian_map()
    {
        var indonesian = Map.Values.ToHashSet();
        var options = AllOptions().ToList();
        options.Count.ShouldBe(359);
        foreach (var (code, option) in options)
        {
            indonesian.ShouldContain(option.Criteria, $"{code} {option.Key}");
        }
    }

    [Fact]
    public void Criteria_read_as_Indonesian()
    {
        LkeAnswers.Shipped.FindQuestion("PPA3A")!.Options.Select(o => o.Criteria).ShouldBe(["Semua", "Sebagian besar", "Sebagian kecil", "Belum ada"]);
        LkeAnswers.Shipped.FindHasil("HBB")!.Options[0].Criteria.ShouldStartWith("Capaian target kinerja utama lebih dari 100%");
    }
}
