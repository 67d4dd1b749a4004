using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
