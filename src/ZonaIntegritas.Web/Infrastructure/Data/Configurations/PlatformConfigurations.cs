using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;
using ZonaIntegritas.Web.Infrastructure.Jobs;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class ScheduledJobRunConfiguration : IEntityTypeConfiguration<ScheduledJobRun>
{
    public void Configure(EntityTypeBuilder<ScheduledJobRun> b)
    {
        b.ToTable("scheduled_job_runs");
        b.Property(x => x.JobName).HasMaxLength(100);
        b.Property(x => x.PeriodKey).HasMaxLength(20);
        b.Property(x => x.Node).HasMaxLength(200);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.HasIndex(x => new { x.JobName, x.PeriodKey }).IsUnique();
    }
}

public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.ToTable("data_protection_keys");
        b.Property(x => x.FriendlyName).HasMaxLength(100);
    }
}

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.Property(x => x.Id).HasMaxLength(32);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.SecurityStamp).HasMaxLength(256);
        b.Property(x => x.EndReason).HasMaxLength(50);
        b.Property(x => x.Address).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(256);
        b.Ignore(x => x.IsActive);
        b.HasIndex(x => x.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
