using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.UnitTests.Security;

/// <summary>The "assessment stage allows this role" rule (ADR 0013) that the worksheet and review saves now ask.</summary>
public class AssessmentStageHandlerTests
{
    [Theory]
    [InlineData(Roles.AnggotaTim, AssessmentStage.SelfAssessment, true)]
    [InlineData(Roles.KetuaTim, AssessmentStage.FollowUp, true)]
    [InlineData(Roles.AnggotaTim, AssessmentStage.InternalReview, false)]
    [InlineData(Roles.KetuaTim, AssessmentStage.Submitted, false)]
    [InlineData(Roles.KetuaTim, AssessmentStage.Final, false)]
    [InlineData(Roles.PenilaiInternal, AssessmentStage.InternalReview, true)]
    [InlineData(Roles.PenilaiInternal, AssessmentStage.SelfAssessment, false)]
    [InlineData(Roles.PenilaiInternal, AssessmentStage.FollowUp, false)]
    [InlineData(Roles.Pegawai, AssessmentStage.SelfAssessment, false)]
    [InlineData(Roles.Pimpinan, AssessmentStage.InternalReview, false)]
    public async Task Stage_lets_only_the_role_that_writes_in_it(string role, AssessmentStage stage, bool allowed)
    {
        var requirement = new AssessmentStageRequirement();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Role, role)], "Test"));
        var context = new AuthorizationHandlerContext([requirement], user, new AssessmentStageResource(1, stage));

        await new AssessmentStageHandler().HandleAsync(context);

        context.HasSucceeded.ShouldBe(allowed);
    }
}
