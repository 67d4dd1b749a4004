using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class IntegrityPactTemplateConfiguration : IEntityTypeConfiguration<IntegrityPactTemplate>
{
    public void Configure(EntityTypeBuilder<IntegrityPactTemplate> b)
    {
        b.ToTable("pact_templates");
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Versions).WithOne(x => x.Template).HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Latest);
    }
}

public sealed class IntegrityPactTemplateVersionConfiguration : IEntityTypeConfiguration<IntegrityPactTemplateVersion>
{
    public void Configure(EntityTypeBuilder<IntegrityPactTemplateVersion> b)
    {
        b.ToTable("pact_template_versions");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.OfficialBody).HasMaxLength(20000);
        b.Property(x => x.StaffBody).HasMaxLength(20000);
        b.HasIndex(x => new { x.TemplateId, x.Number }).IsUnique();
        b.Ignore(x => x.IsLocked);
    }
}

public sealed class PactCampaignConfiguration : IEntityTypeConfiguration<PactCampaign>
{
    public void Configure(EntityTypeBuilder<PactCampaign> b)
    {
        b.ToTable("pact_campaigns");
        b.Property(x => x.Title).HasMaxLength(200);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.TemplateVersion).WithMany().HasForeignKey(x => x.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.OpensOn });
    }
}

public sealed class PactParticipantConfiguration : IEntityTypeConfiguration<PactParticipant>
{
    public void Configure(EntityTypeBuilder<PactParticipant> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("pact_participants", t => t.HasTrigger(ChangeCounterNames.TriggerOf("pact_participants")));
        b.HasIndex(x => new { x.CampaignId, x.StaffMemberId }).IsUnique();
        b.HasOne<PactCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PactSignatureConfiguration : IEntityTypeConfiguration<PactSignature>
{
    public void Configure(EntityTypeBuilder<PactSignature> b)
    {
        // Raises a change counter (ChangeCounters migration); declared so EF Core writes no OUTPUT/RETURNING clause.
        b.ToTable("pact_signatures", t => t.HasTrigger(ChangeCounterNames.TriggerOf("pact_signatures")));
        b.HasOne(x => x.Campaign).WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IntegrityPactTemplateVersion>().WithMany().HasForeignKey(x => x.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.SignerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.SignerName).HasMaxLength(200);
        b.Property(x => x.SignerNip).HasMaxLength(18);
        b.Property(x => x.SignerRankGrade).HasMaxLength(100);
        b.Property(x => x.SignerPosition).HasMaxLength(200);
        b.Property(x => x.SignerUnitName).HasMaxLength(200);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Property(x => x.RenderedText).HasMaxLength(30000);
        b.Property(x => x.TextSha256).HasMaxLength(64);
        b.Property(x => x.VerificationCode).HasMaxLength(VerificationCodes.Length);
        b.HasIndex(x => x.VerificationCode).IsUnique();
        b.Property(x => x.TypedName).HasMaxLength(200);
        b.Property(x => x.Ip).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
        b.Property(x => x.RecordedByUserId).HasMaxLength(450);
        b.Property(x => x.ScanFileKey).HasMaxLength(300);
        b.Property(x => x.ScanFileName).HasMaxLength(255);
        b.Property(x => x.ScanContentType).HasMaxLength(100);
        b.Property(x => x.ScanSha256).HasMaxLength(64);
        b.Property(x => x.VoidedByUserId).HasMaxLength(450);
        b.Property(x => x.VoidReason).HasMaxLength(1000);
        b.Ignore(x => x.IsVoided);
        // One valid signature per person per campaign; a voided one may be followed by a new one.
        // Double-quoted identifiers work on both SQLite and PostgreSQL.
        b.HasIndex(x => new { x.CampaignId, x.StaffMemberId }).IsUnique().HasFilter("\"VoidedAtUtc\" IS NULL");
        b.HasIndex(x => new { x.CampaignId, x.VoidedAtUtc });
    }
}

public sealed class PactEvidenceExportConfiguration : IEntityTypeConfiguration<PactEvidenceExport>
{
    public void Configure(EntityTypeBuilder<PactEvidenceExport> b)
    {
        b.ToTable("pact_evidence_exports");
        b.HasOne<PactCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.QuestionCodes).HasMaxLength(200);
        b.Property(x => x.PdfFileKey).HasMaxLength(300);
        b.Property(x => x.PdfSha256).HasMaxLength(64);
        b.Property(x => x.ListFileKey).HasMaxLength(300);
        b.Property(x => x.ListSha256).HasMaxLength(64);
        b.Property(x => x.CreatedByUserId).HasMaxLength(450);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
    }
}
