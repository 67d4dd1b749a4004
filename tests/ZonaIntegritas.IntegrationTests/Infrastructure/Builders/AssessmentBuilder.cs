using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.IntegrationTests.Infrastructure.Builders;

/// <summary>
/// An assessment of a unit on the shipped LKE version: WBK, this year (WIB), every stage window open from 30 days ago to
/// 30 days ahead unless told otherwise.
/// </summary>
public sealed record AssessmentBuilder(int UnitId)
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public int Year { get; init; } = Today.Year;
    public TargetPredicate Target { get; init; } = TargetPredicate.Wbk;
    public bool SelfAssessmentOpen { get; init; } = true;

    public AssessmentBuilder ForYear(int year) => this with { Year = year };

    public AssessmentBuilder Targeting(TargetPredicate target) => this with { Target = target };

    /// <summary>The Penilaian Mandiri window ended yesterday.</summary>
    public AssessmentBuilder WithSelfAssessmentClosed() => this with { SelfAssessmentOpen = false };

    public Assessment Build()
    {
        var assessment = Assessment.Create(UnitId, Year, Target, LkeTemplateFile.DefaultVersion);
        if (SelfAssessmentOpen)
        {
            assessment.SetWindow(AssessmentStage.SelfAssessment, Today.AddDays(-30), Today.AddDays(30));
        }
        else
        {
            assessment.SetWindow(AssessmentStage.SelfAssessment, Today.AddDays(-60), Today.AddDays(-1));
        }
        assessment.SetWindow(AssessmentStage.InternalReview, Today.AddDays(-30), Today.AddDays(30));
        assessment.SetWindow(AssessmentStage.FollowUp, Today.AddDays(-30), Today.AddDays(30));
        return assessment;
    }

    /// <summary>Saves the assessment; returns its id.</summary>
    public Task<int> CreateAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
    {
        var assessment = Build();
        db.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    });
}
