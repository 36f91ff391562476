using EcoSpace.Data.GeoPackage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoSpace.Data.Features;

/// <summary>
/// Maps a kind's feature table as a property-bag entity type shared by all kinds
/// (<c>SharedTypeEntity&lt;Dictionary&lt;string, object?&gt;&gt;(kind)</c>), keys = column names.
/// </summary>
internal sealed class KindTableConfiguration(KindTable table) : IEntityTypeConfiguration<Dictionary<string, object?>>
{
    public void Configure(EntityTypeBuilder<Dictionary<string, object?>> builder)
    {
        builder.ToTable(table.Name);
        builder.IndexerProperty<long>(KindTable.Fid);
        builder.HasKey(KindTable.Fid);
        builder.IndexerProperty<byte[]>(KindTable.Geom).HasColumnType(table.Kind.GeoPackageGeometryTypeName);
        builder.IndexerProperty<string>(KindTable.Id).IsRequired();
        builder.HasIndex(KindTable.Id).IsUnique();
        foreach (var property in table.Properties)
        {
            builder.IndexerProperty(KindTable.ClrType(property.Type), property.Name)
                .HasColumnType(KindTable.SqlType(property.Type));
        }
        builder.IndexerProperty<string>(KindTable.ExtraProps);
        builder.IndexerProperty<long>(KindTable.Version);
    }
}
