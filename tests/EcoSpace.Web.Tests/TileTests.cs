using System.Net;
using EcoSpace.Web.Tests.Support;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using MapboxTile = NetTopologySuite.IO.VectorTiles.Tiles.Tile;

namespace EcoSpace.Web.Tests;

/// <summary>Mapbox vector tiles of the sample coast, decoded with NetTopologySuite.IO.VectorTiles' reader.</summary>
public sealed class TileTests : IDisposable
{
    // Zoom 8 tile over Lianyungang: x = floor((119.4 + 180) / 360 · 256) = 212, y from the top: 101.
    private const string LianyungangTile = "/collections/shoreline/tiles/8/212/101.pbf";

    private readonly SampleDatabase database = new();

    [Fact]
    public async Task TheCoastTileHoldsTheShorelineWithItsClassesWhereItBelongs()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Client.GetAsync(LianyungangTile);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(bytes);

        var tile = new MapboxTileReader(new GeometryFactory()).Read(new MemoryStream(bytes), new MapboxTile(212, 101, 8));
        var layer = Assert.Single(tile.Layers);
        Assert.Equal("shoreline", layer.Name);
        Assert.True(layer.Features.Count >= 30, $"{layer.Features.Count} features");
        var classes = layer.Features.Select(f => f.Attributes["class"] as string).ToHashSet();
        Assert.Contains("bedrock", classes);
        Assert.Contains("artificial", classes);
        var box = new Envelope(119.0, 120.0, 34.3, 35.3);
        Assert.All(layer.Features, f => Assert.True(box.Intersects(f.Geometry.EnvelopeInternal), f.Geometry.EnvelopeInternal.ToString()));
    }

    [Fact]
    public async Task ATileFarAwayHasNoFeatures()
    {
        using var app = new EcoSpaceApp(database);
        var bytes = await app.Client.GetByteArrayAsync("/collections/shoreline/tiles/8/0/0.pbf");
        var tile = new MapboxTileReader(new GeometryFactory()).Read(new MemoryStream(bytes), new MapboxTile(0, 0, 8));
        Assert.All(tile.Layers, l => Assert.Empty(l.Features));
    }

    [Fact]
    public async Task LowZoomTilesAreSimplerAndAnEditShowsAtOnce()
    {
        using var app = new EcoSpaceApp(database);
        int Vertices(byte[] bytes, int x, int y, int z) => new MapboxTileReader(new GeometryFactory())
            .Read(new MemoryStream(bytes), new MapboxTile(x, y, z)).Layers.Sum(l => l.Features.Sum(f => f.Geometry.NumPoints));
        var fine = await app.Client.GetByteArrayAsync("/collections/shoreline/tiles/10/851/405.pbf");
        var coarse = await app.Client.GetByteArrayAsync("/collections/shoreline/tiles/5/26/12.pbf");
        Assert.True(Vertices(coarse, 26, 12, 5) < Vertices(fine, 851, 405, 10), "zoom 5 should carry fewer vertices than zoom 10");

        using var first = await app.Client.GetAsync(LianyungangTile);
        var etag = first.Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Get, LianyungangTile);
        request.Headers.IfNoneMatch.Add(etag);
        using var unchanged = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        using var patched = await app.Send(HttpMethod.Patch, "/collections/shoreline/items/shoreline-035",
            """{"properties":{"class":"artificial","use":"port"}}""", "application/merge-patch+json");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        using var after = await app.Client.GetAsync(LianyungangTile);
        Assert.NotEqual(etag, after.Headers.ETag);
        var tile = new MapboxTileReader(new GeometryFactory()).Read(new MemoryStream(await after.Content.ReadAsByteArrayAsync()), new MapboxTile(212, 101, 8));
        Assert.Equal("artificial", tile.Layers[0].Features.Single(f => (string)f.Attributes["id"] == "shoreline-035").Attributes["class"]);
    }

    [Theory]
    [InlineData("/collections/shoreline/tiles/8/300/101.pbf", HttpStatusCode.NotFound)]
    [InlineData("/collections/shoreline/tiles/23/0/0.pbf", HttpStatusCode.BadRequest)]
    [InlineData("/collections/coast/tiles/8/212/101.pbf", HttpStatusCode.NotFound)]
    public async Task ATileOutsideTheGridIsRefused(string path, HttpStatusCode status)
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
    }

    public void Dispose() => database.Dispose();
}
