using EcoSpace.Core.Features;
using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.Features;

/// <summary>Builds <see cref="StoredFeature"/>s from the EF Core property bags of a kind table.</summary>
internal static class FeatureRows
{
    public static StoredFeature ToStored(KindTable table, Dictionary<string, object?> row)
    {
        // Other GIS tools may leave geom NULL; an empty geometry keeps EcoFeature non-null.
        var geometry = row[KindTable.Geom] is byte[] blob ? GeoPackageBinary.Read(blob) : Cgcs2000.Factory.CreateGeometryCollection();
        var properties = PropertyColumns.FromColumns(table, row, row[KindTable.ExtraProps] as string);
        var feature = new EcoFeature((string)row[KindTable.Id]!, table.Name, geometry, properties);
        return new StoredFeature(feature, (long)row[KindTable.Version]!);
    }
}
