using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Infrastructure.Data.Configurations;

public sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> b)
    {
        b.ToTable("change_counters");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(40);
        b.HasData(ChangeCounterNames.Names.Order(StringComparer.Ordinal).Select(name => new ChangeCounter { Name = name, Value = 0 }));
    }
}
