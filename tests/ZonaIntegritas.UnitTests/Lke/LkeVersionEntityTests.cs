using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

public class LkeVersionEntityTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 3, 0, 0, DateTimeKind.Utc);

    private static LkeVersion Shipped() =>
        LkeVersion.Create(LkeAnswers.Shipped, "permenpanrb-90-2021", LkeAnswers.Shipped.Title, LkeVersionSource.Shipped, "Sistem", Now);

    [Fact]
    public void A_version_built_from_a_template_gives_back_the_same_tree_and_scores()
    {
        var template = Shipped().ToTemplate();
        LkeTemplateFile.Write(template).ShouldBe(LkeTemplateFile.Write(LkeAnswers.Shipped));
        var answers = LkeAnswers.Perfect().Option("PPA2C", "C").Index("HBA", 3.7m).Build();
        LkeScorer.Score(template, answers).Total.ShouldBe(LkeScorer.Score(LkeAnswers.Shipped, answers).Total);
    }

    [Fact]
    public void The_shipped_template_file_is_named_after_its_version_code()
    {
        foreach (var code in LkeTemplateFile.EmbeddedVersions())
        {
            LkeTemplateFile.ReadEmbedded(code).VersionCode.ShouldBe(code);
        }
    }

    [Theory]
    [InlineData("permenpanrb-90-2021", true)]
    [InlineData("lke-2026", true)]
    [InlineData("ab", false)]
    [InlineData("PermenPANRB-90", false)]
    [InlineData("lke 2026", false)]
    [InlineData("-lke", false)]
    [InlineData("lke--2026", false)]
    [InlineData("lke_2026", false)]
    public void Version_codes_are_lower_case_words_joined_by_hyphens(string code, bool valid) =>
        LkeVersion.IsWellFormedCode(code).ShouldBe(valid);

    [Fact]
    public void A_malformed_code_is_refused() =>
        Should.Throw<DomainException>(() => LkeVersion.Create(LkeAnswers.Shipped, "LKE 2026", "LKE", LkeVersionSource.Imported, "x", Now));

    [Fact]
    public void Wording_and_typical_evidence_can_be_edited_while_unlocked()
    {
        var version = Shipped();
        version.EditQuestion("PPA1A", "  Unit kerja telah membentuk tim kerja pembangunan ZI  ", ["SK Tim Kerja", " ", "Notulen rapat "]);
        var question = version.ToTemplate().FindQuestion("PPA1A")!;
        question.Text.ShouldBe("Unit kerja telah membentuk tim kerja pembangunan ZI");
        question.TypicalEvidence.ShouldBe(["SK Tim Kerja", "Notulen rapat"]);
    }

    [Fact]
    public void Empty_wording_is_refused() =>
        Should.Throw<DomainException>(() => Shipped().EditQuestion("PPA1A", "  ", []));

    [Fact]
    public void Editing_an_unknown_question_is_refused() =>
        Should.Throw<DomainException>(() => Shipped().EditQuestion("PPZ9Z", "teks", [])).Message.ShouldContain("PPZ9Z");

    [Fact]
    public void A_locked_version_refuses_every_change()
    {
        var version = Shipped();
        version.Lock(Now);
        version.IsLocked.ShouldBeTrue();
        version.LockedAtUtc.ShouldBe(Now);
        Should.Throw<DomainException>(() => version.EditQuestion("PPA1A", "teks baru", [])).Message.ShouldBe(LkeVersion.LockedMessage);
        Should.Throw<DomainException>(() => version.ChangeGates(GateSettings.Default)).Message.ShouldContain("Salin sebagai versi baru");
    }

    [Fact]
    public void Locking_twice_keeps_the_first_time()
    {
        var version = Shipped();
        version.Lock(Now);
        version.Lock(Now.AddDays(1));
        version.LockedAtUtc.ShouldBe(Now);
    }

    [Fact]
    public void Gates_can_be_changed_while_unlocked()
    {
        var version = Shipped();
        var gates = GateSettings.Default with { AreaMode = AreaCheckMode.Combined, Wbk = GateSettings.Default.Wbk with { TotalMin = 70m } };
        version.ChangeGates(gates);
        version.ToTemplate().Gates.ShouldBe(gates);
    }

    [Fact]
    public void A_copy_is_a_new_unlocked_version_with_the_same_tree()
    {
        var version = Shipped();
        version.EditQuestion("PPA1A", "Teks yang diperbaiki", []);
        version.Lock(Now);
        var copy = version.CopyAs("permenpanrb-90-2021-rev1", "LKE 90/2021 (perbaikan)", "Admin", Now.AddDays(2));
        copy.IsLocked.ShouldBeFalse();
        copy.Source.ShouldBe(LkeVersionSource.Copied);
        copy.CopiedFromCode.ShouldBe("permenpanrb-90-2021");
        copy.Code.ShouldBe("permenpanrb-90-2021-rev1");
        copy.ToTemplate().FindQuestion("PPA1A")!.Text.ShouldBe("Teks yang diperbaiki");
        copy.ToTemplate().Questions.Count().ShouldBe(110);
        copy.EditQuestion("PPA1A", "Boleh diubah", []);
    }
}
