using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.UnitTests.Domain;

/// <summary>Intention-revealing methods on the entities services used to edit field by field (issue 17 item 8).</summary>
public class EntityMethodTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public void Evidence_revise_trims_normalises_tags_and_changes_the_area()
    {
        var item = new EvidenceItem { Title = "SK", AreaCode = "A", UploadedById = "u", Year = 2025 };

        item.Revise("  SK Tim ZI  ", "  ", new DateOnly(2026, 1, 3), 2026, "B", "sk, tim ; SK ,");

        item.Title.ShouldBe("SK Tim ZI");
        item.Description.ShouldBeNull();
        item.DocumentDate.ShouldBe(new DateOnly(2026, 1, 3));
        item.Year.ShouldBe(2026);
        item.AreaCode.ShouldBe("B");
        item.Tags.ShouldBe("sk, tim");
    }

    [Fact]
    public void Evidence_revise_refuses_a_deleted_item_a_blank_title_and_an_unknown_area()
    {
        var item = new EvidenceItem { Title = "SK", AreaCode = "A", UploadedById = "u" };
        Should.Throw<DomainException>(() => item.Revise(" ", null, new DateOnly(2026, 1, 1), 2026, "A", null)).Message.ShouldBe("Judul eviden wajib diisi.");
        Should.Throw<DomainException>(() => item.Revise("SK", null, new DateOnly(2026, 1, 1), 2026, "G", null)).Message.ShouldBe("Area perubahan tidak dikenal.");
        item.SoftDelete("u", Now);
        Should.Throw<DomainException>(() => item.Revise("SK", null, new DateOnly(2026, 1, 1), 2026, "A", null)).Message.ShouldBe("Eviden yang sudah dihapus tidak dapat diubah.");
        item.Title.ShouldBe("SK");
    }

    [Fact]
    public void Work_plan_item_describe_trims_and_checks_area_text_and_budget()
    {
        var item = NewItem();
        item.Describe("C", "  Sosialisasi  ", " Notulen ", " ", 1_500_000m, "  foto ");
        (item.AreaCode, item.Activity, item.Output, item.ExpectedEvidence, item.Budget, item.EvidenceNote)
            .ShouldBe(("C", "Sosialisasi", "Notulen", (string?)null, (decimal?)1_500_000m, (string?)"foto"));

        Should.Throw<DomainException>(() => item.Describe("Z", "a", "b", null, null, null)).Message.ShouldBe("Area perubahan tidak dikenal.");
        Should.Throw<DomainException>(() => item.Describe("A", " ", "b", null, null, null)).Message.ShouldBe("Kegiatan dan keluaran wajib diisi.");
        Should.Throw<DomainException>(() => item.Describe("A", "a", "b", null, -1m, null)).Message.ShouldBe("Anggaran tidak boleh negatif.");
        item.AreaCode.ShouldBe("C");
    }

    [Fact]
    public void Work_plan_item_record_progress_adds_the_entry_and_a_finished_status_means_100_percent()
    {
        var item = NewItem();
        item.RecordProgress(Entry(WorkPlanStatus.InProgress, 40));
        (item.Status, item.Progress, item.Monitoring.Count).ShouldBe((WorkPlanStatus.InProgress, 40, 1));

        var finished = Entry(WorkPlanStatus.Done, 70);
        item.RecordProgress(finished);
        (item.Status, item.Progress, finished.Progress, item.Monitoring.Count).ShouldBe((WorkPlanStatus.Done, 100, 100, 2));
    }

    [Fact]
    public void Work_plan_item_record_progress_refuses_bad_progress_and_empty_notes_without_adding()
    {
        var item = NewItem();
        Should.Throw<DomainException>(() => item.RecordProgress(Entry(WorkPlanStatus.InProgress, 101))).Message.ShouldBe("Progres harus di antara 0 dan 100 %.");
        Should.Throw<DomainException>(() => item.RecordProgress(Entry(WorkPlanStatus.InProgress, 10, " "))).Message.ShouldBe("Catatan pemantauan wajib diisi.");
        item.Monitoring.ShouldBeEmpty();
        item.Progress.ShouldBe(0);
    }

    [Fact]
    public void Pact_sign_drawn_keeps_milliseconds_trims_and_fingerprints()
    {
        var signature = PactSignature.SignDrawn(Draft(), "  Ahmad Fauzi ", [1, 2, 3], "10.0.0.1", new string('x', 600), "user-1",
            Now.AddTicks(5_000), "CODE");

        signature.Method.ShouldBe(SignatureMethod.Electronic);
        signature.SignedAtUtc.ShouldBe(Now);
        signature.SignedAtUtc.Kind.ShouldBe(DateTimeKind.Utc);
        signature.TypedName.ShouldBe("Ahmad Fauzi");
        signature.UserAgent!.Length.ShouldBe(512);
        signature.TextSha256.ShouldBe(PactHash.Compute(signature));
        signature.TextSha256.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Pact_sign_drawn_refuses_no_typed_name_an_oversized_drawing_and_an_empty_text()
    {
        Should.Throw<DomainException>(() => PactSignature.SignDrawn(Draft(), " ", null, null, null, "u", Now, "C"))
            .Message.ShouldBe("Ketik nama lengkap Anda untuk menandatangani.");
        Should.Throw<DomainException>(() => PactSignature.SignDrawn(Draft(), "Ahmad", new byte[PactSignature.MaxDrawnSignatureBytes + 1], null, null, "u", Now, "C"))
            .Message.ShouldBe("Gambar tanda tangan terlalu besar (maksimal 200 KB).");
        Should.Throw<DomainException>(() => PactSignature.SignDrawn(Draft() with { RenderedText = "" }, "Ahmad", null, null, null, "u", Now, "C"))
            .Message.ShouldBe("Teks pakta kosong; pakta tidak dapat ditandatangani.");
    }

    private static WorkPlanItem NewItem() => new()
    {
        AreaCode = "A",
        Activity = "Rapat",
        Output = "Notulen",
        PicStaffId = 1,
        OriginalStartMonth = new DateOnly(2026, 1, 1),
        OriginalEndMonth = new DateOnly(2026, 3, 1),
        StartMonth = new DateOnly(2026, 1, 1),
        EndMonth = new DateOnly(2026, 3, 1),
    };

    private static MonitoringEntry Entry(WorkPlanStatus status, int progress, string notes = "Rapat berjalan") => new()
    {
        Date = new DateOnly(2026, 2, 1),
        Status = status,
        Progress = progress,
        Notes = notes,
        RecordedByName = "Ketua",
    };

    private static PactSignatureDraft Draft() => new(1, 2, PactVariant.Pegawai, 3, "Ahmad Fauzi", "198503152010011001", "Penata (III/c)", "Penghulu",
        4, "KUA Klojen", "Malang", new DateOnly(2026, 12, 7), "Saya menyatakan ...");
}
