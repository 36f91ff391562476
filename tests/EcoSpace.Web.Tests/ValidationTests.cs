using System.Net;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

/// <summary>Edits go through the CLI's validation: a refused one is 422 with every issue, and nothing is written.</summary>
public sealed class ValidationTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task ASelfIntersectingRedLineIsRefusedWithWhereItCrosses()
    {
        using var app = new EcoSpaceApp(database);
        long before = DataVersion();
        using var response = await app.Send(HttpMethod.Post, "/collections/red_line/items", """
            {"type":"Feature","properties":{"name":"蝴蝶形","domain":"land","function":"biodiversity"},
             "geometry":{"type":"Polygon","coordinates":[[[119.3,34.6],[119.4,34.7],[119.4,34.6],[119.3,34.7],[119.3,34.6]]]}}
            """);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await EcoSpaceApp.Json(response);
        var issue = problem["issues"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == "geometry_invalid")!;
        Assert.Equal("error", issue["severity"]!.GetValue<string>());
        var at = issue["location"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        Assert.Equal(119.35, at[0], 6);
        Assert.Equal(34.65, at[1], 6);
        Assert.Contains("nothing was written", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, DataVersion());
    }

    [Fact]
    public async Task AnUnknownCodeIsRefusedNamingThePropertyAndTheAllowedValues()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Send(HttpMethod.Post, "/collections/shoreline/items", """
            {"type":"Feature","id":"s-rocky","properties":{"class":"rocky","mainland":true},
             "geometry":{"type":"LineString","coordinates":[[119.6,34.5],[119.61,34.49]]}}
            """);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await EcoSpaceApp.Json(response);
        var issue = Assert.Single(problem["issues"]!.AsArray(), i => i!["severity"]!.GetValue<string>() == "error")!;
        Assert.Equal("property_code", issue["code"]!.GetValue<string>());
        Assert.Equal("class", issue["property"]!.GetValue<string>());
        Assert.Contains("rocky", issue["message"]!.GetValue<string>());
        Assert.Contains("bedrock", issue["message"]!.GetValue<string>());
        Assert.Contains("s-rocky", problem["detail"]!.GetValue<string>());
        using var store = database.Open();
        Assert.Null(store.Get("shoreline", "s-rocky"));
    }

    [Fact]
    public async Task AnInvalidReplaceLeavesTheStoredFeatureAsItWas()
    {
        using var app = new EcoSpaceApp(database);
        var feature = await app.GetJson("/collections/river_bank/items/river_bank-xinyi-l-01");
        feature["properties"]!["zone"] = "wetland";
        using var response = await app.Send(HttpMethod.Put, "/collections/river_bank/items/river_bank-xinyi-l-01", feature.ToJsonString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var store = database.Open();
        Assert.Equal(1, store.Get("river_bank", "river_bank-xinyi-l-01")!.Version);
    }

    [Fact]
    public async Task APolygonIsNotAShorelineSegment()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Send(HttpMethod.Post, "/collections/shoreline/items", """
            {"type":"Feature","properties":{"class":"sandy"},"geometry":{"type":"Polygon","coordinates":[[[119.3,34.6],[119.4,34.6],[119.4,34.7],[119.3,34.6]]]}}
            """);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains((await EcoSpaceApp.Json(response))["issues"]!.AsArray(), i => i!["code"]!.GetValue<string>() == "geometry_type");
    }

    [Fact]
    public async Task BrokenJsonIsABadRequestWithItsLine()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Send(HttpMethod.Post, "/collections/shoreline/items", "{\"type\":\"Feature\",\n\"properties\":{,}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 2", (await EcoSpaceApp.Json(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMissingClassIsStoredWithAWarning()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Send(HttpMethod.Post, "/collections/shoreline/items", """
            {"type":"Feature","properties":{"name":"未分类"},"geometry":{"type":"LineString","coordinates":[[119.6,34.5],[119.61,34.49]]}}
            """);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var warnings = (await EcoSpaceApp.Json(response))["warnings"]!.AsArray();
        Assert.Contains(warnings, w => w!["property"]?.GetValue<string>() == "class" && w["severity"]!.GetValue<string>() == "warning");
    }

    private long DataVersion()
    {
        using var store = database.Open();
        return store.DataVersion;
    }

    public void Dispose() => database.Dispose();
}
