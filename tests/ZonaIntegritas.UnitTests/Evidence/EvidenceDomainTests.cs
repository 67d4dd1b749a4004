using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.UnitTests.Evidence;

public class EvidenceDomainTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_review_counts_only_for_the_version_it_judged()
    {
        var link = new EvidenceLink { QuestionCode = "PPA1A", NeedsRevalidation = true };
        link.StateFor(10).ShouldBe(EvidenceLinkState.Pending);

        link.Review(10, EvidenceReviewStatus.Accepted, "  ", "penilai", Now);
        link.StateFor(10).ShouldBe(EvidenceLinkState.Accepted);
        link.NeedsRevalidation.ShouldBeFalse();
        link.Reviews.Single().Note.ShouldBeNull();

        link.StateFor(11).ShouldBe(EvidenceLinkState.NewVersionPending);
        link.Review(11, EvidenceReviewStatus.Rejected, "Tidak terbaca", "penilai", Now);
        link.StateFor(11).ShouldBe(EvidenceLinkState.Rejected);
        link.Reviews.Count.ShouldBe(2);
    }

    [Fact]
    public void Deleted_items_can_be_restored_for_thirty_days()
    {
        var item = new EvidenceItem { Title = "SK", AreaCode = "A", UploadedById = "u" };
        item.SoftDelete("ketua", Now);
        Should.Throw<DomainException>(() => item.SoftDelete("ketua", Now));
        item.CanRestore(Now.AddDays(30)).ShouldBeTrue();
        item.CanRestore(Now.AddDays(30).AddMinutes(1)).ShouldBeFalse();
        item.Restore(Now.AddDays(29));
        item.IsDeleted.ShouldBeFalse();

        item.SoftDelete("ketua", Now);
        Should.Throw<DomainException>(() => item.Restore(Now.AddDays(31))).Message.ShouldContain("30 hari");
    }

    [Fact]
    public void Tags_are_trimmed_and_deduplicated()
    {
        EvidenceItem.ParseTags(" SK, rapat;sk ,, Rapat ").ShouldBe(["SK", "rapat"]);
        EvidenceItem.JoinTags(["SK", "rapat"]).ShouldBe("SK, rapat");
    }

    [Fact]
    public void Counts_add_up_per_state()
    {
        var counts = EvidenceLinkCounts.Empty
            .Add(EvidenceLinkState.Accepted, false)
            .Add(EvidenceLinkState.Pending, true)
            .Add(EvidenceLinkState.NewVersionPending, false)
            .Add(EvidenceLinkState.NeedsFix, false)
            .Add(EvidenceLinkState.Rejected, false);
        counts.ShouldBe(new EvidenceLinkCounts(Accepted: 1, Pending: 2, NeedsFix: 1, Rejected: 1, NeedsRevalidation: 1, NewVersionPending: 1));
        counts.Total.ShouldBe(5);
    }

    [Theory]
    [InlineData("stream: OK\0", FileScanOutcome.Clean, null)]
    [InlineData("stream: Eicar-Test-Signature FOUND\0", FileScanOutcome.Infected, "Eicar-Test-Signature")]
    [InlineData("INSTREAM size limit exceeded. ERROR\0", FileScanOutcome.Failed, "INSTREAM size limit exceeded. ERROR")]
    public void Clamd_replies_are_understood(string reply, FileScanOutcome outcome, string? detail)
    {
        var result = ClamdFileScanner.Interpret(reply);
        result.Outcome.ShouldBe(outcome);
        result.Detail.ShouldBe(detail);
    }

    [Fact]
    public void Demo_files_are_valid_pdf_and_png()
    {
        FileTypeInspector.Inspect(new MemoryStream(EvidenceDemoFiles.Pdf("SK (Tim) Kerja", "Tahun 2026")), "sk.pdf").Type!.Kind.ShouldBe(FileKind.Pdf);
        FileTypeInspector.Inspect(new MemoryStream(EvidenceDemoFiles.Png()), "foto.png").Type!.Kind.ShouldBe(FileKind.Png);
    }
}
