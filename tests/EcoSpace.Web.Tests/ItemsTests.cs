using System.Net;
using EcoSpace.Web.Tests.Support;
using NetTopologySuite.Geometries;

namespace EcoSpace.Web.Tests;

public sealed class ItemsTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task NextLinksWalkEveryFeatureOnce()
    {
        using var app = new EcoSpaceApp(database);
        var ids = new List<string>();
        string? next = "/collections/shoreline/items?limit=7";
        int pages = 0;
        while (next is not null)
        {
            var page = await app.GetJson(next);
            pages++;
            Assert.Equal(SampleDatabase.LayerFileCounts["shoreline"], page["numberMatched"]!.GetValue<long>());
            var features = page["features"]!.AsArray();
            Assert.Equal(features.Count, page["numberReturned"]!.GetValue<int>());
            Assert.True(features.Count <= 7);
            ids.AddRange(features.Select(f => f!["id"]!.GetValue<string>()));
            next = page["links"]!.AsArray().FirstOrDefault(l => l!["rel"]!.GetValue<string>() == "next")?["href"]!.GetValue<string>();
        }
        Assert.Equal(LayerFiles.Features("shoreline").Select(f => f!["id"]!.GetValue<string>()), ids);
        Assert.Equal((44 + 6) / 7, pages);
    }

    [Fact]
    public async Task EveryLayerLoadsInOneRequestEachWithVersionsAndCounts()
    {
        using var app = new EcoSpaceApp(database);
        foreach (var (kind, count) in SampleDatabase.LayerFileCounts)
        {
            var page = await app.GetJson($"/collections/{kind}/items");
            Assert.Equal(count, page["numberReturned"]!.GetValue<int>());
            Assert.DoesNotContain(page["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "next");
            Assert.All(page["features"]!.AsArray(), f => Assert.Equal(1, f!["properties"]!["version"]!.GetValue<long>()));
        }
    }

    [Fact]
    public async Task BboxReturnsTheFeaturesThatIntersectIt()
    {
        using var app = new EcoSpaceApp(database);
        // Around 连岛 and the 连云港区 port: island ring, port coast and the bedrock coast of 连云区.
        var box = new Envelope(119.40, 119.50, 34.70, 34.78);
        var page = await app.GetJson("/collections/shoreline/items?bbox=119.40,34.70,119.50,34.78&limit=100");
        var polygon = new GeometryFactory().ToGeometry(box);
        var expected = LayerFiles.Geometries("shoreline").Where(g => g.Geometry.Intersects(polygon)).Select(g => g.Id).ToArray();
        Assert.NotEmpty(expected);
        Assert.True(expected.Length < SampleDatabase.LayerFileCounts["shoreline"]);
        Assert.Equal(expected, page["features"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal(expected.Length, page["numberMatched"]!.GetValue<long>());
    }

    [Fact]
    public async Task BboxPagingCountsAllMatchesAndPagesThem()
    {
        using var app = new EcoSpaceApp(database);
        var all = await app.GetJson("/collections/river_bank/items?bbox=118.0,34.0,120.5,35.5");
        long matched = all["numberMatched"]!.GetValue<long>();
        Assert.Equal(SampleDatabase.LayerFileCounts["river_bank"], matched);
        var second = await app.GetJson("/collections/river_bank/items?bbox=118.0,34.0,120.5,35.5&limit=10&offset=10");
        Assert.Equal(matched, second["numberMatched"]!.GetValue<long>());
        Assert.Equal(all["features"]!.AsArray().Skip(10).Take(10).Select(f => f!["id"]!.GetValue<string>()),
            second["features"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=many", "limit")]
    [InlineData("offset=-3", "offset")]
    [InlineData("bbox=119,34,120", "bbox")]
    [InlineData("bbox=119,34,120,north", "north")]
    [InlineData("bbox=34,119,35,120", "latitudes")]
    [InlineData("f=html", "f")]
    public async Task AWrongQueryIsABadRequestNamingTheParameter(string query, string named)
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Client.GetAsync($"/collections/shoreline/items?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await EcoSpaceApp.Json(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALimitAboveTheMaximumIsCut()
    {
        using var app = new EcoSpaceApp(database);
        var page = await app.GetJson("/collections/red_line/items?limit=50000");
        Assert.Contains("limit=50000", page["links"]![0]!["href"]!.GetValue<string>());
        Assert.Equal(10, page["numberReturned"]!.GetValue<int>());
    }

    [Fact]
    public async Task SimplifyKeepsEveryFeatureWithFewerVertices()
    {
        using var app = new EcoSpaceApp(database);
        var full = await app.GetJson("/collections/shoreline/items");
        var simple = await app.GetJson("/collections/shoreline/items?simplify=0.01");
        int Count(System.Text.Json.Nodes.JsonNode page) => page["features"]!.AsArray().Sum(f => f!["geometry"]!["coordinates"]!.AsArray().Count);
        Assert.Equal(full["numberReturned"]!.GetValue<int>(), simple["numberReturned"]!.GetValue<int>());
        Assert.True(Count(simple) < Count(full) / 2, $"{Count(simple)} of {Count(full)} vertices");
    }

    [Fact]
    public async Task AnItemHasItsVersionAsETagAndAnswersIfNoneMatch()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Client.GetAsync("/collections/shoreline/items/shoreline-035");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("\"1\"", response.Headers.ETag!.ToString());
        var feature = await EcoSpaceApp.Json(response);
        Assert.Equal("shoreline-035", feature["id"]!.GetValue<string>());
        Assert.Equal(1, feature["properties"]!["version"]!.GetValue<long>());
        var expected = LayerFiles.Features("shoreline").Single(f => f!["id"]!.GetValue<string>() == "shoreline-035")!;
        Assert.Equal(expected["geometry"]!.ToJsonString(), feature["geometry"]!.ToJsonString());

        var again = new HttpRequestMessage(HttpMethod.Get, "/collections/shoreline/items/shoreline-035");
        again.Headers.TryAddWithoutValidation("If-None-Match", "\"1\"");
        using var notModified = await app.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task AnUnknownIdIsNotFound()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Client.GetAsync("/collections/shoreline/items/shoreline-999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("shoreline-999", (await EcoSpaceApp.Json(response))["detail"]!.GetValue<string>());
    }

    public void Dispose() => database.Dispose();
}
