using EcoSpace.Data.Features;
using EcoSpace.Data.GeoPackage;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>The stored feature of <paramref name="id"/>, or null.</summary>
    public StoredFeature? Get(string kind, string id)
    {
        var table = KindTable.For(kind);
        var row = db.Features(kind).FirstOrDefault(f => EF.Property<string>(f, KindTable.Id) == id);
        return row is null ? null : FeatureRows.ToStored(table, row);
    }

    /// <summary>
    /// Every feature of the kind in fid (insertion) order, streamed: one row in memory at a time.
    /// Properties come back schema first (schema order), then unknown ones (original order).
    /// Do not call other store methods while enumerating.
    /// </summary>
    public IEnumerable<StoredFeature> ReadAll(string kind) => RawFeatureReader.ReadAll(connection, KindTable.For(kind));

    /// <summary>Every kind's layer with its feature count and extent (null when empty), in catalog order.</summary>
    public IReadOnlyList<LayerInfo> Layers()
    {
        var contents = db.Contents.Where(c => c.DataType == "features").ToDictionary(c => c.TableName);
        return KindTable.All.Select(table =>
        {
            var row = contents.GetValueOrDefault(table.Name);
            var extent = row is { MinX: { } minX, MaxX: { } maxX, MinY: { } minY, MaxY: { } maxY }
                ? new Envelope(minX, maxX, minY, maxY)
                : null;
            return new LayerInfo(table.Name, table.Kind.Zh, table.Kind.En, table.Kind.GeoPackageGeometryTypeName,
                db.Features(table.Name).LongCount(), extent);
        }).ToArray();
    }
}
