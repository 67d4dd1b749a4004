using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class WorkPlanConfiguration : IEntityTypeConfiguration<WorkPlan>
{
    public void Configure(EntityTypeBuilder<WorkPlan> b)
    {
        b.ToTable("work_plans");
        b.Property(x => x.ApprovedByUserId).HasMaxLength(450);
        b.Property(x => x.ApprovedByName).HasMaxLength(200);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.Year }).IsUnique();
        b.HasMany(x => x.Items).WithOne(x => x.Plan).HasForeignKey(x => x.WorkPlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Approvals).WithOne().HasForeignKey(x => x.WorkPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WorkPlanApprovalConfiguration : IEntityTypeConfiguration<WorkPlanApproval>
{
    public void Configure(EntityTypeBuilder<WorkPlanApproval> b)
    {
        b.ToTable("work_plan_approvals");
        b.Property(x => x.ApprovedByUserId).HasMaxLength(450);
        b.Property(x => x.ApprovedByName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}

public sealed class WorkPlanItemConfiguration : IEntityTypeConfiguration<WorkPlanItem>
{
    public void Configure(EntityTypeBuilder<WorkPlanItem> b)
    {
        b.ToTable("work_plan_items");
        b.Property(x => x.AreaCode).HasMaxLength(1);
        b.Property(x => x.Activity).HasMaxLength(1000);
        b.Property(x => x.Output).HasMaxLength(1000);
        b.Property(x => x.ExpectedEvidence).HasMaxLength(1000);
        b.Property(x => x.EvidenceNote).HasMaxLength(1000);
        b.HasOne(x => x.Pic).WithMany().HasForeignKey(x => x.PicStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PicStaffId);
        b.HasMany(x => x.Questions).WithOne().HasForeignKey(x => x.WorkPlanItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Helpers).WithOne().HasForeignKey(x => x.WorkPlanItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.WorkPlanItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.WorkPlanItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Monitoring).WithOne(x => x.Item).HasForeignKey(x => x.WorkPlanItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WorkPlanItemQuestionConfiguration : IEntityTypeConfiguration<WorkPlanItemQuestion>
{
    public void Configure(EntityTypeBuilder<WorkPlanItemQuestion> b)
    {
        b.ToTable("work_plan_item_questions");
        b.Property(x => x.QuestionCode).HasMaxLength(10);
        b.HasIndex(x => new { x.WorkPlanItemId, x.QuestionCode }).IsUnique();
        b.HasIndex(x => x.QuestionCode);
    }
}

public sealed class WorkPlanItemHelperConfiguration : IEntityTypeConfiguration<WorkPlanItemHelper>
{
    public void Configure(EntityTypeBuilder<WorkPlanItemHelper> b)
    {
        b.ToTable("work_plan_item_helpers");
        b.HasOne(x => x.StaffMember).WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.WorkPlanItemId, x.StaffMemberId }).IsUnique();
    }
}

public sealed class WorkPlanItemEvidenceConfiguration : IEntityTypeConfiguration<WorkPlanItemEvidence>
{
    public void Configure(EntityTypeBuilder<WorkPlanItemEvidence> b)
    {
        b.ToTable("work_plan_item_evidence");
        b.HasIndex(x => new { x.WorkPlanItemId, x.EvidenceItemId }).IsUnique();
        b.HasIndex(x => x.EvidenceItemId);
    }
}

public sealed class WorkPlanItemRevisionConfiguration : IEntityTypeConfiguration<WorkPlanItemRevision>
{
    public void Configure(EntityTypeBuilder<WorkPlanItemRevision> b)
    {
        b.ToTable("work_plan_item_revisions");
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.ByUserId).HasMaxLength(450);
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.OldPicStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.NewPicStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MonitoringEntryConfiguration : IEntityTypeConfiguration<MonitoringEntry>
{
    public void Configure(EntityTypeBuilder<MonitoringEntry> b)
    {
        b.ToTable("monitoring_entries");
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Property(x => x.EvidenceNote).HasMaxLength(1000);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.HasMany(x => x.FollowUps).WithOne(x => x.Entry).HasForeignKey(x => x.MonitoringEntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.MonitoringEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MonitoringEvidenceConfiguration : IEntityTypeConfiguration<MonitoringEvidence>
{
    public void Configure(EntityTypeBuilder<MonitoringEvidence> b)
    {
        b.ToTable("monitoring_evidence");
        b.HasIndex(x => new { x.MonitoringEntryId, x.EvidenceItemId }).IsUnique();
        b.HasIndex(x => x.EvidenceItemId);
    }
}

public sealed class FollowUpActionConfiguration : IEntityTypeConfiguration<FollowUpAction>
{
    public void Configure(EntityTypeBuilder<FollowUpAction> b)
    {
        b.ToTable("follow_up_actions");
        b.Property(x => x.Action).HasMaxLength(1000);
        b.Property(x => x.ClosingNote).HasMaxLength(1000);
        b.Property(x => x.ClosedByName).HasMaxLength(200);
        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OwnerStaffId);
    }
}
