using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoSpace.Data.History;

internal sealed class HistoryConfiguration : IEntityTypeConfiguration<HistoryRow>
{
    public void Configure(EntityTypeBuilder<HistoryRow> builder)
    {
        builder.ToTable(HistoryRow.Table);
        builder.HasKey(h => h.Seq);
        builder.Property(h => h.Seq).HasColumnName("seq");
        builder.Property(h => h.DataVersion).HasColumnName("data_version");
        builder.Property(h => h.Kind).HasColumnName("kind");
        builder.Property(h => h.FeatureId).HasColumnName("feature_id");
        builder.Property(h => h.Version).HasColumnName("version");
        builder.Property(h => h.Operation).HasColumnName("operation");
        builder.Property(h => h.User).HasColumnName("user");
        builder.Property(h => h.At).HasColumnName("at");
        builder.Property(h => h.Geom).HasColumnName("geom");
        builder.Property(h => h.Properties).HasColumnName("properties");
    }
}
