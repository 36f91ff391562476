using EcoSpace.Data.Features;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>How many features the kind has.</summary>
    public long Count(string kind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {Sql.Quote(KindTable.For(kind).Name)}";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// At most <paramref name="limit"/> features of the kind from the <paramref name="offset"/>-th on
    /// (0-based), in fid (insertion) order, the order of <see cref="ReadAll"/>: a page of the layer.
    /// </summary>
    public IReadOnlyList<StoredFeature> ReadPage(string kind, long offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return RawFeatureReader.Read(connection, KindTable.For(kind), "", "LIMIT $limit OFFSET $offset",
            [("$limit", limit), ("$offset", offset)]).ToArray();
    }

    /// <summary>
    /// The features of the kind whose bounding box overlaps <paramref name="box"/> (lon/lat), found
    /// through the layer's R-tree, in fid order, streamed. The boxes are the R-tree's (rounded outward
    /// to single precision): a caller that needs the geometry to intersect tests it.
    /// Do not call other store methods while enumerating.
    /// </summary>
    public IEnumerable<StoredFeature> ReadOverlapping(string kind, Envelope box)
    {
        var table = KindTable.For(kind);
        string where = $"WHERE {KindTable.Fid} IN (SELECT id FROM {Sql.Quote(table.RtreeName)} " +
            "WHERE maxx >= $minx AND minx <= $maxx AND maxy >= $miny AND miny <= $maxy)";
        return RawFeatureReader.Read(connection, table, where, "",
            [("$minx", box.MinX), ("$maxx", box.MaxX), ("$miny", box.MinY), ("$maxy", box.MaxY)]);
    }

    /// <summary>
    /// The data version of the last EcoSpace write to the kind (import, edit; 0 when none): a key for
    /// what is computed from one layer, which edits to other layers leave valid. Rows another tool
    /// wrote without EcoSpace leave no history and do not change it.
    /// </summary>
    public long LastChange(string kind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT coalesce(max(data_version), 0) FROM {HistoryRow.Table} WHERE kind = $kind";
        command.Parameters.AddWithValue("$kind", KindTable.For(kind).Name);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The number of vertices of all the kind's geometries (ring closing points included).</summary>
    public long VertexCount(string kind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {KindTable.Geom} FROM {Sql.Quote(KindTable.For(kind).Name)} WHERE {KindTable.Geom} IS NOT NULL";
        using var reader = command.ExecuteReader();
        long vertices = 0;
        while (reader.Read())
            vertices += GeoPackageBinary.Read(reader.GetFieldValue<byte[]>(0)).NumPoints;
        return vertices;
    }
}
