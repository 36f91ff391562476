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
        // Plain SQL: the overview runs at every start, and EF Core's model costs more than the counts.
        var extents = new Dictionary<string, Envelope?>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT table_name, min_x, max_x, min_y, max_y FROM gpkg_contents WHERE data_type = 'features'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                extents[reader.GetString(0)] = Enumerable.Range(1, 4).Any(reader.IsDBNull)
                    ? null
                    : new Envelope(reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4));
            }
        }
        return KindTable.All.Select(table =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM {Sql.Quote(table.Name)}";
            return new LayerInfo(table.Name, table.Kind.Zh, table.Kind.En, table.Kind.GeoPackageGeometryTypeName,
                (long)count.ExecuteScalar()!, extents.GetValueOrDefault(table.Name));
        }).ToArray();
    }
}
