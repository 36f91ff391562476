using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Data;
using EcoSpace.Web.Tiles;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using NetTopologySuite.Simplify;
using MapboxTile = NetTopologySuite.IO.VectorTiles.Tiles.Tile;

namespace EcoSpace.Web.Tests;

/// <summary>The tiler's geometry: ranks are Douglas-Peucker, and a long line is cut to a tile without gaps.</summary>
public sealed class TileGeometryTests
{
    [Fact]
    public void KeepingRanksAtLeastAToleranceIsDouglasPeucker()
    {
        var random = new Random(5);
        var factory = new GeometryFactory();
        for (int run = 0; run < 50; run++)
        {
            int n = random.Next(3, 400);
            double x = 0, y = 0;
            var coordinates = new Coordinate[n];
            for (int i = 0; i < n; i++)
            {
                x += random.NextDouble();
                y += random.NextDouble() * 2 - 1;
                coordinates[i] = new Coordinate(x, y);
            }
            var ranks = VertexRanks.Compute(coordinates.Select(c => c.X).ToArray(), coordinates.Select(c => c.Y).ToArray());
            foreach (double tolerance in new[] { 0.05, 0.3, 1.0, 4.0 })
            {
                var expected = DouglasPeuckerSimplifier.Simplify(factory.CreateLineString(coordinates), tolerance).Coordinates;
                var kept = coordinates.Where((_, i) => ranks[i] >= tolerance).ToArray();
                Assert.Equal(expected, kept);
            }
        }
    }

    [Fact]
    public void ALongLineWanderingInAndOutOfATileIsDrawnInsideItWithoutGaps()
    {
        // Zoom 12 tile 3406/1623 (around 119.4 E 34.7 N), and a 4000-vertex line that crosses it again and again.
        const int z = 12, x = 3406, y = 1623;
        var tile = new MapboxTile(x, y, z);
        var bounds = new Envelope(tile.Left, tile.Right, tile.Bottom, tile.Top);
        var points = Enumerable.Range(0, 4000).Select(i =>
        {
            double t = i / 3999.0;
            return new Coordinate(bounds.MinX - bounds.Width + 3 * bounds.Width * t,
                bounds.Centre.Y + bounds.Height * 0.8 * Math.Sin(t * 40 * Math.PI));
        }).ToArray();
        var line = Cgcs2000.Factory.CreateLineString(points);
        var stored = new StoredFeature(new EcoFeature("wander", "shoreline", line, new JsonObject { ["class"] = "sandy" }), 1);
        var layer = TileLayer.Build("shoreline", "test", [stored]);
        Assert.NotNull(layer.Features[0].Parts[0][0].Chunks);

        var decoded = new MapboxTileReader(new GeometryFactory()).Read(new MemoryStream(TileBuilder.Build(layer, z, x, y)), tile);
        var drawn = decoded.Layers.Single().Features.Single().Geometry;
        var box = new GeometryFactory().ToGeometry(bounds);
        double expected = new GeometryFactory().CreateLineString(points).Intersection(box).Length;
        double inside = drawn.Intersection(box).Length;
        Assert.Equal(expected, inside, expected * 0.01);
    }
}
