using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.UnitTests.Assessments;

public class SupportingMaterialFreezeTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static Assessment InStage(AssessmentStage stage)
    {
        var a = Assessment.Create(1, 2026, TargetPredicate.Wbk, "permenpanrb-90-2021");
        a.SetWindow(AssessmentStage.InternalReview, Today, Today);
        a.SetWindow(AssessmentStage.FollowUp, Today, Today);
        if (stage == AssessmentStage.SelfAssessment)
        {
            return a;
        }
        a.Submit("u1", "Ketua", Now, approvalCurrent: true);
        if (stage == AssessmentStage.Submitted)
        {
            return a;
        }
        a.StartReview("p1", "Penilai", Now, Today);
        if (stage == AssessmentStage.InternalReview)
        {
            return a;
        }
        if (stage == AssessmentStage.Final)
        {
            a.CloseReview("u2", "Penilai", Now);
            return a;
        }
        a.ReturnForFollowUp("p1", "Penilai", Now, Today, ["PPA1A"]);
        return a;
    }

    [Fact]
    public void Material_changes_freely_during_penilaian_mandiri_even_without_a_window()
    {
        Should.NotThrow(() => InStage(AssessmentStage.SelfAssessment).EnsureSupportingMaterialCanChange("PPA1A", reopened: false));
    }

    [Theory]
    [InlineData(AssessmentStage.Submitted, "Penilaian 2026 pada tahap Diajukan: eviden dan data pertanyaan PPA1A terkunci.")]
    [InlineData(AssessmentStage.InternalReview, "Penilaian 2026 pada tahap Reviu Penilai Internal: eviden dan data pertanyaan PPA1A terkunci.")]
    [InlineData(AssessmentStage.Final, "Penilaian 2026 pada tahap Final: eviden dan data pertanyaan PPA1A terkunci.")]
    public void Material_is_frozen_from_submission_on(AssessmentStage stage, string message)
    {
        var a = InStage(stage);
        Should.Throw<DomainException>(() => a.EnsureSupportingMaterialCanChange("PPA1A", reopened: false)).Message.ShouldBe(message);
        Should.Throw<DomainException>(() => a.EnsureSupportingMaterialCanChange("PPA1A", reopened: true), "reopening counts only in Tindak Lanjut");
    }

    [Fact]
    public void Tindak_lanjut_reopens_only_the_questions_marked_for_fixing()
    {
        var a = InStage(AssessmentStage.FollowUp);
        Should.NotThrow(() => a.EnsureSupportingMaterialCanChange("PPB1A", reopened: true));
        Should.Throw<DomainException>(() => a.EnsureSupportingMaterialCanChange("PPB2A", reopened: false))
            .Message.ShouldContain("eviden pertanyaan PPB2A hanya dapat diubah bila ditandai Perlu Perbaikan");
    }
}
