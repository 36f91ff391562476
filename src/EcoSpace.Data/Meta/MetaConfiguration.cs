using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoSpace.Data.Meta;

internal sealed class MetaConfiguration : IEntityTypeConfiguration<MetaEntry>
{
    public void Configure(EntityTypeBuilder<MetaEntry> builder)
    {
        builder.ToTable(MetaEntry.Table);
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasColumnName("key");
        builder.Property(e => e.Value).HasColumnName("value");
    }
}
