using EcoSpace.Core.Schema;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

public sealed class CollectionTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task EveryKindIsACollectionWithTheSampleCountAndExtent()
    {
        using var app = new EcoSpaceApp(database);
        var collections = (await app.GetJson("/collections"))["collections"]!.AsArray();
        Assert.Equal(KindCatalog.Names, collections.Select(c => c!["id"]!.GetValue<string>()));
        foreach (var collection in collections)
        {
            string kind = collection!["id"]!.GetValue<string>();
            Assert.Equal(SampleDatabase.LayerFileCounts[kind], collection["feature_count"]!.GetValue<long>());
            Assert.Equal("feature", collection["itemType"]!.GetValue<string>());
            Assert.Equal("http://www.opengis.net/def/crs/EPSG/0/4490", collection["storageCrs"]!.GetValue<string>());
            Assert.Equal(KindCatalog.Get(kind).Zh, collection["title_zh"]!.GetValue<string>());

            var bbox = collection["extent"]!["spatial"]!["bbox"]![0]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
            var expected = LayerFiles.Extent(kind);
            Assert.Equal([expected.MinX, expected.MinY, expected.MaxX, expected.MaxY], bbox, (a, b) => Math.Abs(a - b) < 1e-9);
            Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", collection["extent"]!["spatial"]!["crs"]!.GetValue<string>());

            long vertices = LayerFiles.Geometries(kind).Sum(g => (long)g.Geometry.NumPoints);
            Assert.Equal(vertices, collection["vertex_count"]!.GetValue<long>());
            var rels = collection["links"]!.AsArray().Select(l => l!["rel"]!.GetValue<string>());
            Assert.Contains("items", rels);
        }
        Assert.Equal("line", collections.Single(c => c!["id"]!.GetValue<string>() == "shoreline")!["geometry_type"]!.GetValue<string>());
        Assert.Equal("polygon", collections.Single(c => c!["id"]!.GetValue<string>() == "red_line")!["geometry_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task OneCollectionReadsAsInTheList()
    {
        using var app = new EcoSpaceApp(database);
        var shoreline = await app.GetJson("/collections/shoreline");
        Assert.Equal("shoreline", shoreline["id"]!.GetValue<string>());
        Assert.Equal("海岸线", shoreline["title_zh"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownKindIsNotFoundAndTheProblemListsTheKinds()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Client.GetAsync("/collections/coastline/items");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var detail = (await EcoSpaceApp.Json(response))["detail"]!.GetValue<string>();
        Assert.Contains("coastline", detail);
        Assert.Contains("shoreline", detail);
    }

    public void Dispose() => database.Dispose();
}
