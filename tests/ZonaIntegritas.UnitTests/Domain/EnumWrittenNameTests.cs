using System.Text.Json;
using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.PactExports;
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

    public static TheoryData<Enum, int, string> RenamedMembers => new()
    {
        { WorkPlanStatus.NotStarted, 1, "BelumMulai" },
        { WorkPlanStatus.InProgress, 2, "Berjalan" },
        { WorkPlanStatus.Done, 3, "Selesai" },
        { WorkPlanStatus.Postponed, 4, "Tertunda" },
        { WorkPlanStatus.Cancelled, 5, "Batal" },
        { ChangeProjectStatus.Planned, 1, "Direncanakan" },
        { ChangeProjectStatus.InProgress, 2, "Berjalan" },
        { ChangeProjectStatus.Done, 3, "Selesai" },
        { ChangeProjectStatus.Cancelled, 4, "Dibatalkan" },
        { ChangeAgentStatus.Active, 1, "Aktif" },
        { ChangeAgentStatus.Inactive, 2, "Nonaktif" },
        { MembershipEndReason.Transfer, 1, "Mutasi" },
        { MembershipEndReason.Retirement, 2, "Pensiun" },
        { MembershipEndReason.Promotion, 3, "Promosi" },
        { MembershipEndReason.Death, 4, "Meninggal" },
        { MembershipEndReason.Other, 9, "Lainnya" },
        { SignatureMethod.Electronic, 1, "Elektronik" },
        { SignatureMethod.Paper, 2, "Kertas" },
        { PactOccasion.Declaration, 1, "Pencanangan" },
        { PactOccasion.StartOfYear, 2, "AwalTahun" },
        { PactOccasion.InaugurationOrTransfer, 3, "PelantikanMutasi" },
        { PactOccasion.NewStaff, 4, "PegawaiBaru" },
        { RevisionKind.Schedule, 1, "Jadwal" },
        { PactListFilter.All, 0, "Semua" },
        { PactListFilter.NotSigned, 1, "Belum" },
        { PactListFilter.Signed, 2, "Sudah" },
    };

    [Theory]
    [MemberData(nameof(RenamedMembers))]
    public void Statuses_and_reasons_keep_their_number_and_written_name_and_read_back_from_every_spelling(Enum member, int stored, string written)
    {
        Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(stored);
        member.WrittenName().ShouldBe(written);
        AuditPolicy.Format(member).ShouldBe(written);
        JsonSerializer.Serialize((object)member, Json).ShouldBe($"\"{written}\"");
        var type = member.GetType();
        EnumNames.HasWrittenNames(type).ShouldBeTrue();
        foreach (var spelling in new[] { written, written.ToUpperInvariant(), member.ToString(), $"{stored}", $" {written} " })
        {
            EnumNames.TryParse(type, spelling, out var read).ShouldBeTrue(spelling);
            read.ShouldBe(member, spelling);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ngawur")]
    [InlineData("0")]
    [InlineData("99")]
    [InlineData("1,2")]
    [InlineData("Berjalan,Selesai")]
    public void Unknown_names_undefined_numbers_and_combinations_are_refused(string text)
    {
        EnumNames.TryParse(typeof(WorkPlanStatus), text, out var read).ShouldBeFalse();
        read.ShouldBeNull();
    }

    [Fact]
    public void Enums_that_were_never_renamed_have_no_written_names()
    {
        EnumNames.HasWrittenNames(typeof(TargetPredicate)).ShouldBeFalse();
        EnumNames.HasWrittenNames(typeof(WorkPlanStatus)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Belum mulai", WorkPlanStatus.NotStarted)]
    [InlineData("BelumMulai", WorkPlanStatus.NotStarted)]
    [InlineData("selesai", WorkPlanStatus.Done)]
    [InlineData("Cancelled", WorkPlanStatus.Cancelled)]
    [InlineData("3", null)]
    [InlineData("Ngawur", null)]
    public void A_spreadsheet_status_is_read_by_label_or_name_but_not_as_a_bare_number(string typed, WorkPlanStatus? expected) =>
        WorkPlanStatuses.Parse(typed).ShouldBe(expected);
}
