using System.Text.Json;
using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.SubmissionCheck;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.UnitTests.Domain;

/// <summary>
/// Enum members renamed to English (one language per concept in code, docs/glossary.md) keep what is stored and
/// written outside the code: the database number, the JSON string (the <c>check</c> command) and the audit log value.
/// </summary>
public class EnumWrittenNameTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    [Theory]
    [InlineData(AssessmentStage.SelfAssessment, 1, "PenilaianMandiri")]
    [InlineData(AssessmentStage.Submitted, 2, "Diajukan")]
    [InlineData(AssessmentStage.InternalReview, 3, "ReviuInternal")]
    [InlineData(AssessmentStage.FollowUp, 4, "TindakLanjut")]
    [InlineData(AssessmentStage.Final, 5, "Final")]
    public void Assessment_stages_keep_their_stored_number_and_written_name(AssessmentStage stage, int stored, string written)
    {
        ((int)stage).ShouldBe(stored);
        stage.WrittenName().ShouldBe(written);
        AuditPolicy.Format(stage).ShouldBe(written);
        JsonSerializer.Serialize(stage, Json).ShouldBe($"\"{written}\"");
        JsonSerializer.Deserialize<AssessmentStage>($"\"{written}\"", Json).ShouldBe(stage);
    }

    [Theory]
    [InlineData(CheckStatus.Compliant, 1, "Sesuai")]
    [InlineData(CheckStatus.NeedsFix, 2, "PerluPerbaikan")]
    [InlineData(CheckStatus.NonCompliant, 3, "TidakSesuai")]
    public void Check_statuses_keep_their_number_and_json_name(CheckStatus status, int number, string written)
    {
        ((int)status).ShouldBe(number);
        status.WrittenName().ShouldBe(written);
        JsonSerializer.Serialize(status).ShouldBe($"\"{written}\"", "CheckStatus carries its own converter: the zi-submission-check/1 output");
        JsonSerializer.Deserialize<CheckStatus>($"\"{written}\"").ShouldBe(status);
    }

    [Fact]
    public void Members_without_an_old_name_are_written_as_named()
    {
        TargetPredicate.Wbbm.WrittenName().ShouldBe("Wbbm");
        AuditPolicy.Format(ExternalStage.Tpi).ShouldBe("Tpi");
    }
}
