using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace EcoSpace.Web.Tiles;

/// <summary>
/// One path of a feature made ready for tiling: its lon/lat vertices and their Douglas-Peucker ranks
/// (<see cref="VertexRanks"/>, in WebMercator world units); a ring is closed. A long line also has the
/// envelopes of its chunks of <see cref="ChunkVertices"/> edges (chunk c: vertices c·N to (c+1)·N), so
/// that a tile reads only the stretches of a 300 000-vertex coastline that come near it.
/// </summary>
public sealed record TilePath(double[] Lon, double[] Lat, double[] Ranks, bool Ring, Envelope[]? Chunks)
{
    public const int ChunkVertices = 256;
}

/// <summary>
/// A feature made ready for tiling: the properties a map styles by, and its parts: for a polygonal
/// feature each polygon as [shell, holes…], for a lineal one each line alone.
/// </summary>
public sealed record TileFeature(IAttributesTable Attributes, bool Polygonal, IReadOnlyList<TilePath[]> Parts, Envelope Envelope);

/// <summary>
/// A layer (kind) prepared once for all its tiles: every feature's paths ranked for simplification,
/// in an STRtree by lon/lat envelope. <see cref="Key"/> is the layer state it was built from (the
/// kind's last change and feature count): a tile cached under it stays right until the layer changes.
/// </summary>
public sealed class TileLayer
{
    private readonly STRtree<TileFeature> index = new();

    private TileLayer(string kind, string key, IReadOnlyList<TileFeature> features, long vertices)
    {
        Kind = kind;
        Key = key;
        Features = features;
        Vertices = vertices;
        foreach (var feature in features)
            index.Insert(feature.Envelope, feature);
        index.Build();
    }

    public string Kind { get; }

    public string Key { get; }

    public IReadOnlyList<TileFeature> Features { get; }

    public long Vertices { get; }

    public IList<TileFeature> Query(Envelope box) => Features.Count == 0 ? [] : index.Query(box);

    public static TileLayer Build(string kind, string key, IEnumerable<StoredFeature> stored)
    {
        var definition = KindCatalog.Get(kind);
        var features = new List<TileFeature>();
        long vertices = 0;
        foreach (var item in stored)
        {
            var geometry = item.Feature.Geometry;
            if (geometry.IsEmpty)
                continue;
            var parts = new List<TilePath[]>();
            bool polygonal = geometry is IPolygonal;
            for (int i = 0; i < geometry.NumGeometries; i++)
            {
                switch (geometry.GetGeometryN(i))
                {
                    case Polygon polygon:
                        parts.Add([Path(polygon.ExteriorRing, ring: true), .. polygon.InteriorRings.Select(h => Path(h, ring: true))]);
                        break;
                    case LineString line:
                        parts.Add([Path(line, ring: false)]);
                        break;
                }
            }
            vertices += geometry.NumPoints;
            features.Add(new TileFeature(Attributes(definition, item), polygonal, parts, geometry.EnvelopeInternal));
        }
        return new TileLayer(kind, key, features, vertices);
    }

    private static TilePath Path(LineString line, bool ring)
    {
        var sequence = line.CoordinateSequence;
        int n = sequence.Count;
        var lon = new double[n];
        var lat = new double[n];
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            lon[i] = sequence.GetX(i);
            lat[i] = sequence.GetY(i);
            x[i] = WebMercator.X(lon[i]);
            y[i] = WebMercator.Y(lat[i]);
        }
        return new TilePath(lon, lat, VertexRanks.Compute(x, y), ring, ring || n <= 2 * TilePath.ChunkVertices ? null : Chunks(lon, lat));
    }

    private static Envelope[] Chunks(double[] lon, double[] lat)
    {
        int n = lon.Length, size = TilePath.ChunkVertices;
        var chunks = new Envelope[(n - 2) / size + 1];
        for (int c = 0; c < chunks.Length; c++)
        {
            var envelope = new Envelope();
            for (int i = c * size, last = Math.Min((c + 1) * size, n - 1); i <= last; i++)
                envelope.ExpandToInclude(lon[i], lat[i]);
            chunks[c] = envelope;
        }
        return chunks;
    }

    /// <summary>id, version, name and every code-list and true/false property: what a map styles and labels by.</summary>
    private static AttributesTable Attributes(KindDefinition kind, StoredFeature stored)
    {
        var feature = stored.Feature;
        var attributes = new AttributesTable { { "id", feature.Id }, { "version", stored.Version } };
        foreach (var property in kind.Properties)
        {
            if (property.Name == "name" || property.Type is PropertyType.Code)
            {
                if (feature.Text(property.Name) is { } text)
                    attributes.Add(property.Name, text);
            }
            else if (property.Type is PropertyType.Boolean && feature.Flag(property.Name) is { } flag)
            {
                attributes.Add(property.Name, flag);
            }
        }
        return attributes;
    }
}
