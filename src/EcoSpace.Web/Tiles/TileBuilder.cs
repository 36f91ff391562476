using EcoSpace.Core.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using MapboxTile = NetTopologySuite.IO.VectorTiles.Tiles.Tile;

namespace EcoSpace.Web.Tiles;

/// <summary>
/// One Mapbox vector tile of a layer: the features whose envelope meets the tile (STRtree), each path
/// simplified for the zoom (vertices ranked at least half a pixel: Douglas-Peucker at that tolerance),
/// cut to the tile plus a buffer of 1/64 of a tile on each side, and encoded by
/// NetTopologySuite.IO.VectorTiles.Mapbox (extent 4096, layer named after the kind). Features smaller
/// than a pixel at the zoom are left out.
/// </summary>
public static class TileBuilder
{
    public const uint Extent = 4096;
    public const int MaxZoom = 22;
    private const double BufferTiles = 1.0 / 64;

    public static byte[] Build(TileLayer layer, int z, int x, int y)
    {
        var bounds = WebMercator.TileBounds(z, x, y, BufferTiles);
        var clipper = new TileClipper(bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY);
        double tolerance = WebMercator.HalfPixel(z);
        double pixel = WebMercator.Pixel(z);
        var factory = Cgcs2000.Factory;

        var output = new Layer { Name = layer.Kind };
        foreach (var feature in layer.Query(bounds))
        {
            if (Smaller(feature.Envelope, pixel))
                continue;
            var geometry = feature.Polygonal
                ? Polygons(feature, clipper, tolerance, factory)
                : Lines(feature, bounds, clipper, tolerance, factory);
            if (geometry is not null)
                output.Features.Add(new Feature(geometry, feature.Attributes));
        }

        var tile = new VectorTile { TileId = new MapboxTile(x, y, z).Id };
        tile.Layers.Add(output);
        using var stream = new MemoryStream();
        tile.Write(stream, MapboxTileWriter.DefaultMinLinealExtent, MapboxTileWriter.DefaultMinPolygonalExtent, Extent);
        return stream.ToArray();
    }

    private static bool Smaller(Envelope envelope, double pixel) =>
        Math.Abs(WebMercator.X(envelope.MaxX) - WebMercator.X(envelope.MinX)) < pixel
        && Math.Abs(WebMercator.Y(envelope.MinY) - WebMercator.Y(envelope.MaxY)) < pixel;

    private static Geometry? Lines(TileFeature feature, Envelope bounds, TileClipper clipper, double tolerance, GeometryFactory factory)
    {
        var lines = new List<LineString>();
        foreach (var part in feature.Parts)
        {
            foreach (var run in Runs(part[0], bounds, tolerance))
            {
                foreach (var piece in clipper.Line(run))
                    lines.Add(factory.CreateLineString(piece.Select(p => new Coordinate(p.X, p.Y)).ToArray()));
            }
        }
        return lines.Count switch
        {
            0 => null,
            1 => lines[0],
            _ => factory.CreateMultiLineString([.. lines]),
        };
    }

    private static Geometry? Polygons(TileFeature feature, TileClipper clipper, double tolerance, GeometryFactory factory)
    {
        var polygons = new List<Polygon>();
        foreach (var part in feature.Parts)
        {
            var shell = Ring(part[0], clipper, tolerance, factory);
            if (shell is null)
                continue;
            var holes = part.Skip(1).Select(h => Ring(h, clipper, tolerance, factory)).OfType<LinearRing>().ToArray();
            polygons.Add(factory.CreatePolygon(shell, holes));
        }
        return polygons.Count switch
        {
            0 => null,
            1 => polygons[0],
            _ => factory.CreateMultiPolygon([.. polygons]),
        };
    }

    private static LinearRing? Ring(TilePath path, TileClipper clipper, double tolerance, GeometryFactory factory)
    {
        var kept = Kept(path, tolerance);
        if (kept.Count < 4)
            return null; // collapsed at this zoom
        var clipped = clipper.Ring(kept);
        return clipped.Count < 4 ? null : factory.CreateLinearRing(clipped.Select(p => new Coordinate(p.X, p.Y)).ToArray());
    }

    /// <summary>The vertices Douglas-Peucker keeps at <paramref name="tolerance"/> (world units).</summary>
    private static List<(double X, double Y)> Kept(TilePath path, double tolerance) => Kept(path, tolerance, 0, path.Ranks.Length - 1);

    /// <summary>The kept vertices from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static List<(double X, double Y)> Kept(TilePath path, double tolerance, int first, int last)
    {
        var kept = new List<(double X, double Y)>();
        var ranks = path.Ranks;
        for (int i = first; i <= last; i++)
        {
            if (ranks[i] >= tolerance)
                kept.Add((path.Lon[i], path.Lat[i]));
        }
        return kept;
    }

    /// <summary>
    /// The simplified stretches of a line that can reach the tile: runs of consecutive chunks whose
    /// envelope meets it, each widened to the kept vertex before and after it, so that a simplified
    /// edge leaving the tile is drawn to where it goes. A line without chunks is one run.
    /// </summary>
    private static IEnumerable<List<(double X, double Y)>> Runs(TilePath path, Envelope bounds, double tolerance)
    {
        if (path.Chunks is not { } chunks)
        {
            yield return Kept(path, tolerance);
            yield break;
        }
        var ranks = path.Ranks;
        int n = ranks.Length, size = TilePath.ChunkVertices;
        for (int c = 0; c < chunks.Length; c++)
        {
            if (!chunks[c].Intersects(bounds))
                continue;
            int start = c;
            while (c + 1 < chunks.Length && chunks[c + 1].Intersects(bounds))
                c++;
            int first = start * size, last = Math.Min((c + 1) * size, n - 1);
            while (first > 0 && ranks[first] < tolerance)
                first--;
            while (last < n - 1 && ranks[last] < tolerance)
                last++;
            yield return Kept(path, tolerance, first, last);
        }
    }
}
