using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("stored_files");
        b.HasKey(x => x.Sha256);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(200);
    }
}

public sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("evidence_items", t => t.HasTrigger(ChangeCounterNames.TriggerOf("evidence_items")));
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.AreaCode).HasMaxLength(1);
        b.Property(x => x.Tags).HasMaxLength(500);
        b.Property(x => x.UploadedById).HasMaxLength(450);
        b.Property(x => x.DeletedById).HasMaxLength(450);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UploadedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Revisions).WithOne(x => x.Item).HasForeignKey(x => x.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.CurrentRevision).WithMany().HasForeignKey(x => x.CurrentRevisionId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(x => x.Links).WithOne(x => x.Item).HasForeignKey(x => x.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UnitId, x.Year, x.AreaCode });
        b.HasIndex(x => x.DeletedAtUtc);
        b.Ignore(x => x.IsDeleted);
        b.Ignore(x => x.NextRevisionNumber);
    }
}

public sealed class EvidenceRevisionConfiguration : IEntityTypeConfiguration<EvidenceRevision>
{
    public void Configure(EntityTypeBuilder<EvidenceRevision> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("evidence_revisions", t => t.HasTrigger(ChangeCounterNames.TriggerOf("evidence_revisions")));
        b.Property(x => x.StoredFileSha256).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.Extension).HasMaxLength(10);
        b.Property(x => x.UploadedById).HasMaxLength(450);
        b.HasIndex(x => new { x.EvidenceItemId, x.Number }).IsUnique();
        b.HasIndex(x => x.StoredFileSha256);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.StoredFileSha256).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UploadedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EvidenceLinkConfiguration : IEntityTypeConfiguration<EvidenceLink>
{
    public void Configure(EntityTypeBuilder<EvidenceLink> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("evidence_links", t => t.HasTrigger(ChangeCounterNames.TriggerOf("evidence_links")));
        b.Property(x => x.QuestionCode).HasMaxLength(20);
        b.HasIndex(x => new { x.EvidenceItemId, x.Year, x.QuestionCode }).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.Year, x.QuestionCode });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Reviews).WithOne(x => x.Link).HasForeignKey(x => x.EvidenceLinkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EvidenceRevision>().WithMany().HasForeignKey(x => x.LatestReviewRevisionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class EvidenceReviewConfiguration : IEntityTypeConfiguration<EvidenceReview>
{
    public void Configure(EntityTypeBuilder<EvidenceReview> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("evidence_reviews", t => t.HasTrigger(ChangeCounterNames.TriggerOf("evidence_reviews")));
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.ReviewerId).HasMaxLength(450);
        b.HasOne(x => x.Revision).WithMany().HasForeignKey(x => x.EvidenceRevisionId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.EvidenceLinkId);
    }
}
