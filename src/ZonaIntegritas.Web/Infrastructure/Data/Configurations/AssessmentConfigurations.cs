using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("assessments");
        b.HasIndex(x => new { x.UnitId, x.Year }).IsUnique();
        b.Property(x => x.LkeVersionCode).HasMaxLength(100);
        b.Property(x => x.SubmittedBy).HasMaxLength(450);
        b.Property(x => x.FinalizedBy).HasMaxLength(450);
        b.Property(x => x.ApprovedBy).HasMaxLength(450);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Windows).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Windows).AutoInclude();
    }
}

public sealed class StageWindowConfiguration : IEntityTypeConfiguration<StageWindow>
{
    public void Configure(EntityTypeBuilder<StageWindow> b)
    {
        b.ToTable("assessment_stage_windows");
        b.HasIndex(x => new { x.AssessmentId, x.Stage }).IsUnique();
    }
}

public sealed class UnitAnswerConfiguration : IEntityTypeConfiguration<UnitAnswer>
{
    public void Configure(EntityTypeBuilder<UnitAnswer> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("assessment_unit_answers", t => t.HasTrigger(ChangeCounterNames.TriggerOf("assessment_unit_answers")));
        b.HasIndex(x => new { x.AssessmentId, x.QuestionCode }).IsUnique();
        b.Property(x => x.QuestionCode).HasMaxLength(20);
        b.Property(x => x.OptionKey).HasMaxLength(10);
        b.Property(x => x.InputsJson).HasMaxLength(2000);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AssessorAnswerConfiguration : IEntityTypeConfiguration<AssessorAnswer>
{
    public void Configure(EntityTypeBuilder<AssessorAnswer> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("assessment_assessor_answers", t => t.HasTrigger(ChangeCounterNames.TriggerOf("assessment_assessor_answers")));
        b.HasIndex(x => new { x.AssessmentId, x.QuestionCode }).IsUnique();
        b.Property(x => x.QuestionCode).HasMaxLength(20);
        b.Property(x => x.AssessorUserId).HasMaxLength(450);
        b.Property(x => x.OptionKey).HasMaxLength(10);
        b.Property(x => x.InputsJson).HasMaxLength(2000);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.FixNote).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AnswerHistoryConfiguration : IEntityTypeConfiguration<AnswerHistory>
{
    public void Configure(EntityTypeBuilder<AnswerHistory> b)
    {
        b.ToTable("assessment_answer_history");
        b.HasIndex(x => new { x.AssessmentId, x.QuestionCode });
        b.Property(x => x.QuestionCode).HasMaxLength(20);
        b.Property(x => x.OldValue).HasMaxLength(1000);
        b.Property(x => x.NewValue).HasMaxLength(1000);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.ChangedBy).HasMaxLength(450);
        b.Property(x => x.ChangedByName).HasMaxLength(200);
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class HasilEntryConfiguration : IEntityTypeConfiguration<HasilEntry>
{
    public void Configure(EntityTypeBuilder<HasilEntry> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("assessment_hasil_entries", t => t.HasTrigger(ChangeCounterNames.TriggerOf("assessment_hasil_entries")));
        b.HasIndex(x => new { x.AssessmentId, x.Code }).IsUnique();
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.OptionKey).HasMaxLength(10);
        b.Property(x => x.Source).HasMaxLength(200);
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ExternalStageResultConfiguration : IEntityTypeConfiguration<ExternalStageResult>
{
    public void Configure(EntityTypeBuilder<ExternalStageResult> b)
    {
        b.ToTable("assessment_external_results");
        b.HasIndex(x => new { x.AssessmentId, x.Stage }).IsUnique();
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.QuestionValuesJson).HasMaxLength(20000);
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StageTransitionConfiguration : IEntityTypeConfiguration<StageTransition>
{
    public void Configure(EntityTypeBuilder<StageTransition> b)
    {
        b.ToTable("assessment_stage_transitions");
        b.HasIndex(x => x.AssessmentId);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ScoreSnapshotConfiguration : IEntityTypeConfiguration<ScoreSnapshot>
{
    public void Configure(EntityTypeBuilder<ScoreSnapshot> b)
    {
        b.ToTable("assessment_score_snapshots");
        b.HasIndex(x => new { x.AssessmentId, x.Basis, x.Day }).IsUnique();
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
