using System.Net;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Users;
using static ZonaIntegritas.IntegrationTests.ReviewCycle.ReviewCycleTestKit;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.ReviewCycle;

/// <summary>Every step of the cycle × every role: the owner succeeds; everyone else gets 403 and nothing changes.</summary>
public class ReviewCycleAuthorizationTests(ReviewCycleAuthorizationTests.Factory factory) : IClassFixture<ReviewCycleAuthorizationTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _ready;

        /// <summary>A penilai of a child unit (KUA: no right over the office) and one of the parent Kanwil.</summary>
        public async Task EnsureUsersAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (!_ready)
                {
                    await CreateUserAsync(this, "penilai.kua@zi.demo", Roles.PenilaiInternal, "KUA-KLOJEN");
                    await CreateUserAsync(this, "penilai.kanwil@zi.demo", Roles.PenilaiInternal, "KANWIL-JATIM");
                    _ready = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    public static readonly string[] Steps = ["approve", "submit", "review", "return", "close"];

    public static readonly string[] Users =
        ["ketua@zi.demo", "anggota@zi.demo", "penilai@zi.demo", "penilai.kua@zi.demo", "pimpinan@zi.demo", "pegawai@zi.demo", "admin@zi.demo"];

    private static readonly Dictionary<string, string> Owner = new()
    {
        ["approve"] = "pimpinan@zi.demo",
        ["submit"] = "ketua@zi.demo",
        ["review"] = "penilai@zi.demo",
        ["return"] = "penilai@zi.demo",
        ["close"] = "penilai@zi.demo",
    };

    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        var year = 2061;
        foreach (var step in Steps)
        {
            foreach (var user in Users)
            {
                data.Add(step, user, year++);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_the_owner_of_a_step_may_take_it(string step, string email, int year)
    {
        await factory.EnsureUsersAsync();
        var id = await SetUpAsync(step, year);
        var before = await AssessmentAsync(factory, id);
        var client = await PortalClient.SignedInAsync(factory, email);

        var response = await PostStepAsync(client, id, step);

        var after = await AssessmentAsync(factory, id);
        if (Owner[step] == email)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var page = await client.FollowAsync(response);
            page.QuerySelector(".alert-danger")?.TextContent.ShouldBeNull();
            (await TransitionCountAsync(factory, id)).ShouldBe(1);
            if (step == "approve")
            {
                after.ApprovedAtUtc.ShouldNotBeNull();
            }
            else
            {
                after.Stage.ShouldNotBe(before.Stage);
            }
        }
        else
        {
            await ShouldBeForbiddenAsync(client, response);
            (after.Stage, after.Round, after.ApprovedAtUtc).ShouldBe((before.Stage, before.Round, before.ApprovedAtUtc));
            (await TransitionCountAsync(factory, id)).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_penilai_of_the_parent_unit_may_review_the_office()
    {
        await factory.EnsureUsersAsync();
        var id = await AssessmentInStageAsync(factory, 2099, AssessmentStage.Submitted);
        var client = await PortalClient.SignedInAsync(factory, "penilai.kanwil@zi.demo");

        await TransitionAsync(client, id, "review");

        (await AssessmentAsync(factory, id)).Stage.ShouldBe(AssessmentStage.InternalReview);
    }

    private Task<int> SetUpAsync(string step, int year) => step switch
    {
        "approve" => AssessmentInStageAsync(factory, year, AssessmentStage.SelfAssessment),
        "submit" => AssessmentInStageAsync(factory, year, AssessmentStage.SelfAssessment, approved: true),
        "review" => AssessmentInStageAsync(factory, year, AssessmentStage.Submitted),
        "return" => AssessmentInStageAsync(factory, year, AssessmentStage.InternalReview, false, "PPA1A"),
        _ => AssessmentInStageAsync(factory, year, AssessmentStage.InternalReview),
    };

    /// <summary>Posts the step with a valid token (taken from the layout, which every signed-in user can open).</summary>
    private static async Task<HttpResponseMessage> PostStepAsync(PortalClient client, int id, string step)
    {
        var form = await TokenFormAsync(client, $"/siklus-reviu/transisi/{id}");
        return await client.PostFormAsync(form, new() { ["Action"] = step });
    }
}
