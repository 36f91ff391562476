using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoSpace.Data.GeoPackage;

internal sealed class ContentsConfiguration : IEntityTypeConfiguration<ContentsRow>
{
    public void Configure(EntityTypeBuilder<ContentsRow> builder)
    {
        builder.ToTable(ContentsRow.Table);
        builder.HasKey(c => c.TableName);
        builder.Property(c => c.TableName).HasColumnName("table_name");
        builder.Property(c => c.DataType).HasColumnName("data_type");
        builder.Property(c => c.Identifier).HasColumnName("identifier");
        builder.Property(c => c.Description).HasColumnName("description");
        builder.Property(c => c.LastChange).HasColumnName("last_change");
        builder.Property(c => c.MinX).HasColumnName("min_x");
        builder.Property(c => c.MinY).HasColumnName("min_y");
        builder.Property(c => c.MaxX).HasColumnName("max_x");
        builder.Property(c => c.MaxY).HasColumnName("max_y");
        builder.Property(c => c.SrsId).HasColumnName("srs_id");
    }
}
