using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Domain.Audit;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

/// <summary>
/// The audit log. Column names are fixed (snake_case, no quoting needed on any provider) because
/// <c>AuditWriter</c> inserts rows with plain parameterised SQL inside the saving transaction.
/// </summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).HasColumnName("sequence").ValueGeneratedNever();
        b.Property(x => x.AtUtc).HasColumnName("at_utc");
        b.Property(x => x.UserId).HasColumnName("user_id").HasMaxLength(450);
        b.Property(x => x.UserName).HasColumnName("user_name").HasMaxLength(400);
        b.Property(x => x.ClientAddress).HasColumnName("client_address").HasMaxLength(100);
        b.Property(x => x.UnitId).HasColumnName("unit_id");
        b.Property(x => x.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.EntityType).HasColumnName("entity_type").HasMaxLength(100);
        b.Property(x => x.EntityId).HasColumnName("entity_id").HasMaxLength(200);
        b.Property(x => x.Changes).HasColumnName("changes");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash").HasMaxLength(64);
        b.Property(x => x.Hash).HasColumnName("hash").HasMaxLength(64);
        b.HasIndex(x => new { x.EntityType, x.EntityId }).HasDatabaseName("ix_audit_log_entity");
        b.HasIndex(x => x.AtUtc).HasDatabaseName("ix_audit_log_at_utc");
        b.HasIndex(x => x.UnitId).HasDatabaseName("ix_audit_log_unit_id");
        b.HasIndex(x => x.UserId).HasDatabaseName("ix_audit_log_user_id");
    }
}
