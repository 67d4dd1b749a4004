using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class LkeVersionConfiguration : IEntityTypeConfiguration<LkeVersion>
{
    public void Configure(EntityTypeBuilder<LkeVersion> b)
    {
        b.ToTable("lke_versions");
        b.Property(x => x.Code).HasMaxLength(LkeVersion.CodeMaxLength);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Title).HasMaxLength(LkeVersion.TitleMaxLength);
        b.Property(x => x.CopiedFromCode).HasMaxLength(LkeVersion.CodeMaxLength);
        b.Property(x => x.ImportedBy).HasMaxLength(200);
        // Gate minima as columns Wbk_TotalMin, Wbbm_HpaMin, … (value objects).
        b.ComplexProperty(x => x.Wbk);
        b.ComplexProperty(x => x.Wbbm);
        b.HasMany(x => x.Halves).WithOne().HasForeignKey(x => x.LkeVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.HasilItems).WithOne().HasForeignKey(x => x.LkeVersionId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Gates);
        b.Ignore(x => x.IsLocked);
    }
}

public sealed class LkeHalfConfiguration : IEntityTypeConfiguration<LkeHalf>
{
    public void Configure(EntityTypeBuilder<LkeHalf> b)
    {
        b.ToTable("lke_halves");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => new { x.LkeVersionId, x.Code }).IsUnique();
        b.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.LkeHalfId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LkeAreaConfiguration : IEntityTypeConfiguration<LkeArea>
{
    public void Configure(EntityTypeBuilder<LkeArea> b)
    {
        b.ToTable("lke_areas");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => new { x.LkeHalfId, x.Code }).IsUnique();
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.LkeAreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LkeIndicatorConfiguration : IEntityTypeConfiguration<LkeIndicator>
{
    public void Configure(EntityTypeBuilder<LkeIndicator> b)
    {
        b.ToTable("lke_indicators");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => new { x.LkeAreaId, x.Code }).IsUnique();
        b.HasMany(x => x.Questions).WithOne().HasForeignKey(x => x.LkeIndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LkeQuestionConfiguration : IEntityTypeConfiguration<LkeQuestion>
{
    public void Configure(EntityTypeBuilder<LkeQuestion> b)
    {
        b.ToTable("lke_questions");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(LkeQuestion.TextMaxLength);
        b.Property(x => x.PercentageNumerator).HasMaxLength(60);
        b.Property(x => x.PercentageDenominator).HasMaxLength(60);
        b.HasIndex(x => new { x.LkeIndicatorId, x.Code }).IsUnique();
        b.HasMany(x => x.Options).WithOne().HasForeignKey(x => x.LkeQuestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PercentageInputs).WithOne().HasForeignKey(x => x.LkeQuestionId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.TypicalEvidence);
    }
}

public sealed class LkeQuestionOptionConfiguration : IEntityTypeConfiguration<LkeQuestionOption>
{
    public void Configure(EntityTypeBuilder<LkeQuestionOption> b)
    {
        b.ToTable("lke_question_options");
        b.Property(x => x.Key).HasMaxLength(10);
        b.Property(x => x.Criteria).HasMaxLength(1000);
        b.HasIndex(x => new { x.LkeQuestionId, x.Key }).IsUnique();
    }
}

public sealed class LkePercentageInputConfiguration : IEntityTypeConfiguration<LkePercentageInput>
{
    public void Configure(EntityTypeBuilder<LkePercentageInput> b)
    {
        b.ToTable("lke_percentage_inputs");
        b.Property(x => x.Key).HasMaxLength(60);
        b.Property(x => x.Label).HasMaxLength(300);
        b.HasIndex(x => new { x.LkeQuestionId, x.Key }).IsUnique();
    }
}

public sealed class LkeHasilItemConfiguration : IEntityTypeConfiguration<LkeHasilItem>
{
    public void Configure(EntityTypeBuilder<LkeHasilItem> b)
    {
        b.ToTable("lke_hasil_items");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => new { x.LkeVersionId, x.Code }).IsUnique();
        b.HasMany(x => x.Options).WithOne().HasForeignKey(x => x.LkeHasilItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LkeHasilOptionConfiguration : IEntityTypeConfiguration<LkeHasilOption>
{
    public void Configure(EntityTypeBuilder<LkeHasilOption> b)
    {
        b.ToTable("lke_hasil_options");
        b.Property(x => x.Key).HasMaxLength(10);
        b.Property(x => x.Criteria).HasMaxLength(1000);
        b.HasIndex(x => new { x.LkeHasilItemId, x.Key }).IsUnique();
    }
}
