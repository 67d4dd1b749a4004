using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.UnitTests.Assessments;

public class AssessmentTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTime Now = new(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc);

    private static Assessment Open()
    {
        var a = Assessment.Create(1, 2026, TargetPredicate.Wbk, "permenpanrb-90-2021");
        a.SetWindow(AssessmentStage.SelfAssessment, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        a.SetWindow(AssessmentStage.InternalReview, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        a.SetWindow(AssessmentStage.FollowUp, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        return a;
    }

    [Fact]
    public void Stages_run_from_penilaian_mandiri_through_review_and_follow_up_to_final()
    {
        var a = Open();
        a.Submit("u1", "Ketua", Now, approvalCurrent: true);
        a.Stage.ShouldBe(AssessmentStage.Submitted);
        a.Round.ShouldBe(1);
        a.StartReview("p1", "Penilai", Now, Today);
        a.ReturnForFollowUp("p1", "Penilai", Now, Today, ["PPA1A", "PPA1B"]);
        a.Stage.ShouldBe(AssessmentStage.FollowUp);
        a.Submit("u1", "Ketua", Now, approvalCurrent: true);
        a.Round.ShouldBe(2);
        a.StartReview("p1", "Penilai", Now, Today);
        a.CloseReview("u2", "Penilai", Now);
        a.Stage.ShouldBe(AssessmentStage.Final);
        a.FinalizedBy.ShouldBe("u2");
    }

    [Fact]
    public void Steps_are_recorded_with_who_when_round_and_the_returned_items()
    {
        var a = Open();
        a.Approve("k1", "Kepala", Now, null).Kind.ShouldBe(TransitionKind.Approved);
        var submitted = a.Submit("u1", "Ketua", Now, approvalCurrent: true);
        (submitted.Kind, submitted.FromStage, submitted.ToStage, submitted.Round, submitted.UserName).ShouldBe((TransitionKind.Submitted, AssessmentStage.SelfAssessment, AssessmentStage.Submitted, 1, "Ketua"));
        a.StartReview("p1", "Penilai", Now, Today);
        var returned = a.ReturnForFollowUp("p1", "Penilai", Now, Today, ["PPA1A", "PRA2B"], "Lengkapi SK");
        returned.Note.ShouldBe("2 pertanyaan Perlu Perbaikan: PPA1A, PRA2B. Lengkapi SK");
        a.Submit("u1", "Ketua", Now, approvalCurrent: false).Kind.ShouldBe(TransitionKind.Resubmitted, "re-submitting a Tindak Lanjut needs no new approval");
        a.Round.ShouldBe(2);
    }

    [Fact]
    public void Submitting_needs_a_current_approval_and_final_needs_a_closed_review()
    {
        var a = Open();
        Should.Throw<DomainException>(() => a.Submit("u1", "Ketua", Now, approvalCurrent: false)).Message.ShouldContain("belum disetujui pimpinan");
        a.Approve("k1", "Kepala", Now, null);
        Should.Throw<DomainException>(() => a.Submit("u1", "Ketua", Now, approvalCurrent: false)).Message.ShouldContain("persetujuan ulang");
        a.Submit("u1", "Ketua", Now, approvalCurrent: true);
        a.StartReview("p1", "Penilai", Now, Today);
        a.ReturnForFollowUp("p1", "Penilai", Now, Today, ["PPA1A"]);
        Should.Throw<DomainException>(() => a.CloseReview("p1", "Penilai", Now)).Message.ShouldContain("menutup reviu");
        a.Stage.ShouldBe(AssessmentStage.FollowUp);
    }

    [Fact]
    public void A_stage_is_not_entered_without_an_open_window_and_nothing_changes()
    {
        var a = Assessment.Create(1, 2026, TargetPredicate.Wbk, "v");
        a.SetWindow(AssessmentStage.SelfAssessment, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        a.Submit("u1", "Ketua", Now, approvalCurrent: true);
        Should.Throw<DomainException>(() => a.StartReview("p1", "Penilai", Now, Today)).Message
            .ShouldBe("Jadwal tahap Reviu Penilai Internal belum ditetapkan; isi jadwalnya pada formulir ini. Tahap tidak diubah.");
        a.SetWindow(AssessmentStage.InternalReview, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14));
        Should.Throw<DomainException>(() => a.StartReview("p1", "Penilai", Now, Today)).Message.ShouldContain("baru dimulai 1 Desember 2026");
        a.SetWindow(AssessmentStage.InternalReview, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 14));
        Should.Throw<DomainException>(() => a.StartReview("p1", "Penilai", Now, Today)).Message.ShouldContain("sudah berakhir 14 November 2026");
        a.Stage.ShouldBe(AssessmentStage.Submitted);
        a.SetWindow(AssessmentStage.InternalReview, Today, Today);
        a.StartReview("p1", "Penilai", Now, Today);
        Should.Throw<DomainException>(() => a.ReturnForFollowUp("p1", "Penilai", Now, Today, ["PPA1A"])).Message.ShouldContain("Tindak Lanjut belum ditetapkan");
        a.Stage.ShouldBe(AssessmentStage.InternalReview);
    }

    [Fact]
    public void Perlu_perbaikan_needs_its_note_and_a_draft_note_is_kept_unticked()
    {
        var answer = new AssessorAnswer(1, "PPA1A", "p1");
        Should.Throw<FixNoteRequiredException>(() => answer.Change(null, null, null, true, " ", "p1", "Penilai", Now));
        answer.Change(null, null, null, false, "Lampirkan SK", "p1", "Penilai", Now).ShouldNotBeNull();
        (answer.NeedsFix, answer.FixNote, answer.Version).ShouldBe((false, "Lampirkan SK", 1));
        var history = answer.Change(null, null, null, true, "Lampirkan SK", "p1", "Penilai", Now)!;
        (answer.NeedsFix, answer.Version).ShouldBe((true, 2));
        history.OldValue.ShouldBe(AnswerValues.Empty);
        history.NewValue.ShouldBe(AnswerValues.Empty + " · Perlu Perbaikan");
    }

    [Fact]
    public void Wrong_transitions_are_refused_in_indonesian()
    {
        var a = Open();
        Should.Throw<DomainException>(() => a.StartReview("p1", "Penilai", Now, Today)).Message.ShouldContain("setelah penilaian diajukan");
        Should.Throw<DomainException>(() => a.CloseReview("u", "Penilai", Now)).Message.ShouldContain("difinalkan");
        a.Submit("u", "Ketua", Now, approvalCurrent: true);
        Should.Throw<DomainException>(() => a.Submit("u", "Ketua", Now, approvalCurrent: true)).Message.ShouldContain("hanya dapat diajukan");
        a.StartReview("p1", "Penilai", Now, Today);
        Should.Throw<DomainException>(() => a.ReturnForFollowUp("p1", "Penilai", Now, Today, [])).Message.ShouldContain("Perlu Perbaikan");
    }

    [Fact]
    public void Unit_edits_need_the_editable_stage_and_an_open_window()
    {
        var a = Open();
        Should.NotThrow(() => a.EnsureUnitCanEdit(Today, reopened: false));
        Should.NotThrow(() => a.EnsureUnitCanEdit(new DateOnly(2026, 12, 31), reopened: false));
        Should.Throw<DomainException>(() => a.EnsureUnitCanEdit(new DateOnly(2027, 1, 1), reopened: false)).Message
            .ShouldBe("Di luar jadwal tahap Penilaian Mandiri (1 Januari 2026 – 31 Desember 2026); hari ini 1 Januari 2027. Perubahan ditolak.");

        a.Submit("u", "Ketua", Now, approvalCurrent: true);
        Should.Throw<DomainException>(() => a.EnsureUnitCanEdit(Today, reopened: true)).Message.ShouldContain("terkunci");
        a.StartReview("p1", "Penilai", Now, Today);
        Should.Throw<DomainException>(() => a.EnsureUnitCanEdit(Today, reopened: true)).Message.ShouldContain("direviu");
        Should.NotThrow(() => a.EnsureEditable(AssessmentStage.InternalReview, Today));
        a.ReturnForFollowUp("p1", "Penilai", Now, Today, ["PPA1A"]);
        Should.NotThrow(() => a.EnsureUnitCanEdit(Today, reopened: true));
        Should.Throw<DomainException>(() => a.EnsureUnitCanEdit(Today, reopened: false)).Message.ShouldContain("Perlu Perbaikan");
    }

    [Fact]
    public void A_stage_without_a_window_refuses_edits()
    {
        var a = Assessment.Create(1, 2026, TargetPredicate.Wbk, "v");
        Should.Throw<DomainException>(() => a.EnsureUnitCanEdit(Today, false)).Message.ShouldContain("belum ditetapkan");
        Should.Throw<DomainException>(() => a.SetWindow(AssessmentStage.SelfAssessment, Today, Today.AddDays(-1))).Message.ShouldContain("tidak boleh sebelum");
        Should.Throw<DomainException>(() => a.SetWindow(AssessmentStage.Final, Today, Today));
    }

    [Fact]
    public void Unit_answer_change_records_old_and_new_values_and_nothing_when_unchanged()
    {
        var answer = new UnitAnswer(1, "PRA1A");
        var first = answer.Change(null, new Dictionary<string, long> { ["agen"] = 4, ["perubahan"] = 5 }, "  catatan ", "u", "Nama", Now);
        first!.OldValue.ShouldBe(AnswerValues.Empty);
        first.NewValue.ShouldBe("agen = 4; perubahan = 5");
        answer.InputsJson.ShouldBe("{\"agen\":4,\"perubahan\":5}");
        answer.Note.ShouldBe("catatan");
        answer.Change(null, new Dictionary<string, long> { ["agen"] = 4, ["perubahan"] = 5 }, "catatan", "u", "Nama", Now).ShouldBeNull();
        answer.ToAnswer()!.Inputs!["perubahan"].ShouldBe(5);
    }

    [Fact]
    public void Assessor_needs_a_fix_note_when_marking_perlu_perbaikan()
    {
        var answer = new AssessorAnswer(1, "PPA1A", "p");
        Should.Throw<DomainException>(() => answer.Change(null, null, null, true, " ", "p", "Penilai", Now)).Message.ShouldContain("Catatan perbaikan");
        var history = answer.Change("Tidak", null, null, true, "Lampirkan SK", "p", "Penilai", Now)!;
        history.Source.ShouldBe(AnswerSource.Assessor);
        history.NewValue.ShouldBe("Tidak · Perlu Perbaikan");
    }

    [Fact]
    public void Assessor_answer_set_uses_the_unit_answer_where_the_assessor_gave_none()
    {
        var unitA = new UnitAnswer(1, "PPA1A");
        unitA.Change("Ya", null, null, "u", "U", Now);
        var unitB = new UnitAnswer(1, "PPA1B");
        unitB.Change("A", null, null, "u", "U", Now);
        var assessorB = new AssessorAnswer(1, "PPA1B", "p");
        assessorB.Change("C", null, null, false, null, "p", "P", Now);
        var onlyMark = new AssessorAnswer(1, "PPA1A", "p");
        onlyMark.Change(null, null, null, true, "Perbaiki", "p", "P", Now);
        var data = new AssessmentAnswers([unitA, unitB], [], [assessorB, onlyMark]);

        var set = data.AssessorSet(holdsWbk: false);

        set.Questions["PPA1A"].OptionKey.ShouldBe("Ya");
        set.Questions["PPA1B"].OptionKey.ShouldBe("C");
        data.UnitSet(false).Questions["PPA1B"].OptionKey.ShouldBe("A");
        data.ReopenedCodes.ShouldBe(["PPA1A"]);
    }

    [Fact]
    public void Score_board_shows_areas_hasil_and_the_target_gate()
    {
        var template = LkeTemplateFile.LoadEmbedded();
        var hba = new HasilEntry(1, "HBA");
        hba.Change(new HasilAnswer(3.6m, Provisional: true), null, "u", "U", Now);
        var answers = new AnswerSet(new Dictionary<string, QuestionAnswer> { ["PPA1A"] = QuestionAnswer.Option("Ya") },
            new Dictionary<string, HasilAnswer> { ["HBA"] = hba.ToAnswer() });

        var board = ScoreBoard.Build(template, LkeScorer.Score(template, answers), [hba], TargetPredicate.Wbbm);

        board.Answered.ShouldBe(1);
        board.Area("A").Pemenuhan.ShouldBe(0.25m);
        board.Hasil.Single(h => h.Code == "HBA").Value.ShouldBe(15.75m);
        board.HasilHasProvisional.ShouldBeTrue();
        board.HasilIncomplete.ShouldBeTrue();
        board.TargetGate.Predicate.ShouldBe("WBBM");
        board.TargetGate.Checks.ShouldContain(c => c.Code == "WBK_HELD" && !c.Passed);
    }
}
