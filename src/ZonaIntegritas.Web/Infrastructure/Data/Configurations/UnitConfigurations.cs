using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("units", t => t.HasTrigger(ChangeCounterNames.TriggerOf("units")));
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(500);
        b.Property(x => x.City).HasMaxLength(100);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("staff_members", t => t.HasTrigger(ChangeCounterNames.TriggerOf("staff_members")));
        b.Property(x => x.Nip).HasMaxLength(18);
        b.HasIndex(x => x.Nip).IsUnique();
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.RankGrade).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(256);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.IsActive });
    }
}

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.StaffMember).WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.StaffMemberId).IsUnique();
    }
}

public sealed class AreaAssignmentConfiguration : IEntityTypeConfiguration<AreaAssignment>
{
    public void Configure(EntityTypeBuilder<AreaAssignment> b)
    {
        b.ToTable("area_assignments");
        b.Property(x => x.AreaCode).HasMaxLength(1);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasIndex(x => new { x.UserId, x.UnitId, x.AreaCode }).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
