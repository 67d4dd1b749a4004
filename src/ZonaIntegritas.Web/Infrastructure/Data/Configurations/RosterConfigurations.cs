using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

internal static class ScanColumns
{
    public static void Configure<T>(OwnedNavigationBuilder<T, StoredScan> s)
        where T : class
    {
        s.Property(x => x.Key).HasMaxLength(200);
        s.Property(x => x.FileName).HasMaxLength(255);
        s.Property(x => x.ContentType).HasMaxLength(100);
    }
}

public sealed class TeamDecreeConfiguration : IEntityTypeConfiguration<TeamDecree>
{
    public void Configure(EntityTypeBuilder<TeamDecree> b)
    {
        b.ToTable("team_decrees");
        b.Property(x => x.Number).HasMaxLength(150);
        b.Property(x => x.SignedBy).HasMaxLength(200);
        b.Property(x => x.SelectionMechanism).HasMaxLength(4000);
        b.OwnsOne(x => x.Scan, ScanColumns.Configure);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.Year }).IsUnique();
        b.HasMany(x => x.Memberships).WithOne(x => x.Decree).HasForeignKey(x => x.DecreeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> b)
    {
        b.ToTable("team_memberships");
        b.Property(x => x.AreaCode).HasMaxLength(1);
        b.Property(x => x.EndNote).HasMaxLength(1000);
        b.HasOne(x => x.StaffMember).WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ReplacedBy).WithOne().HasForeignKey<TeamMembership>(x => x.ReplacedByMembershipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StaffMemberId, x.ValidFrom, x.ValidTo });
    }
}

public sealed class ChangeAgentDecreeConfiguration : IEntityTypeConfiguration<ChangeAgentDecree>
{
    public void Configure(EntityTypeBuilder<ChangeAgentDecree> b)
    {
        b.ToTable("change_agent_decrees");
        b.Property(x => x.Number).HasMaxLength(150);
        b.Property(x => x.SignedBy).HasMaxLength(200);
        b.Property(x => x.SelectionMethod).HasMaxLength(1000);
        b.Property(x => x.SelectionMinutes).HasMaxLength(4000);
        b.OwnsOne(x => x.Scan, ScanColumns.Configure);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.UnitId);
        b.HasMany(x => x.Agents).WithOne(x => x.Decree).HasForeignKey(x => x.DecreeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChangeAgentConfiguration : IEntityTypeConfiguration<ChangeAgent>
{
    public void Configure(EntityTypeBuilder<ChangeAgent> b)
    {
        b.ToTable("change_agents");
        b.Property(x => x.StatusNote).HasMaxLength(500);
        b.HasOne(x => x.StaffMember).WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DecreeId, x.StaffMemberId }).IsUnique();
        b.HasMany(x => x.Projects).WithOne(x => x.Agent).HasForeignKey(x => x.ChangeAgentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChangeProjectConfiguration : IEntityTypeConfiguration<ChangeProject>
{
    public void Configure(EntityTypeBuilder<ChangeProject> b)
    {
        b.ToTable("change_projects");
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.AreaCode).HasMaxLength(1);
        b.Property(x => x.Problem).HasMaxLength(4000);
        b.Property(x => x.BeforeDescription).HasMaxLength(4000);
        b.Property(x => x.AfterDescription).HasMaxLength(4000);
        b.Property(x => x.IntegrationReference).HasMaxLength(500);
        b.Property(x => x.EvidenceNote).HasMaxLength(1000);
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ChangeProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChangeProjectEvidenceConfiguration : IEntityTypeConfiguration<ChangeProjectEvidence>
{
    public void Configure(EntityTypeBuilder<ChangeProjectEvidence> b)
    {
        b.ToTable("change_project_evidence");
        b.HasIndex(x => new { x.ChangeProjectId, x.EvidenceItemId }).IsUnique();
        b.HasIndex(x => x.EvidenceItemId);
    }
}

public sealed class AgentInputDecisionConfiguration : IEntityTypeConfiguration<AgentInputDecision>
{
    public void Configure(EntityTypeBuilder<AgentInputDecision> b)
    {
        b.ToTable("agent_input_decisions");
        b.Property(x => x.QuestionCode).HasMaxLength(10);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.DecidedByUserId).HasMaxLength(450);
        b.Property(x => x.DecidedByName).HasMaxLength(200);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.Year, x.QuestionCode });
    }
}
