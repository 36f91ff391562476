using System.Net;
using System.Text.Json.Nodes;
using EcoSpace.Data.History;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

/// <summary>OGC API Part 4 round trips, checked on the GeoPackage on disk and in its history.</summary>
public sealed class EditTests : IDisposable
{
    private const string NewSegment = """
        {"type":"Feature","properties":{"name":"徐圩港区新岸段","class":"artificial","use":"port","mainland":true,"region":"320703","图斑":"A-17"},
         "geometry":{"type":"LineString","coordinates":[[119.5501234,34.5500001],[119.5612345,34.5456789],[119.5723456,34.5401234]]}}
        """;

    private readonly SampleDatabase database = new();

    [Fact]
    public async Task PostCreatesAFeatureWithLocationAndETagInTheFileAndItsHistory()
    {
        using var app = new EcoSpaceApp(database);
        using var created = await app.Send(HttpMethod.Post, "/collections/shoreline/items", NewSegment, user: "王工");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.ToString());
        var location = created.Headers.Location!;
        Assert.StartsWith("http://localhost/collections/shoreline/items/shoreline-", location.ToString());
        var body = await EcoSpaceApp.Json(created);
        string id = body["id"]!.GetValue<string>();
        Assert.Equal("A-17", body["properties"]!["图斑"]!.GetValue<string>());

        var fetched = await app.GetJson(location.PathAndQuery);
        Assert.Equal(id, fetched["id"]!.GetValue<string>());
        Assert.Equal(45, (await app.GetJson("/collections/shoreline/items"))["numberMatched"]!.GetValue<long>());

        using var store = database.Open();
        var stored = store.Get("shoreline", id)!;
        Assert.Equal(119.5612345, stored.Feature.Geometry.Coordinates[1].X);
        Assert.Equal("徐圩港区新岸段", stored.Feature.Text("name"));
        var history = store.History("shoreline", id);
        Assert.Equal(HistoryOperation.Insert, Assert.Single(history).Operation);
        Assert.Equal("王工", history[0].User);
    }

    [Fact]
    public async Task PostWithAnIdAlreadyStoredIsAConflictAndWritesNothing()
    {
        using var app = new EcoSpaceApp(database);
        var existing = JsonNode.Parse(NewSegment)!;
        existing["id"] = "shoreline-035";
        long before = DataVersion();
        using var response = await app.Send(HttpMethod.Post, "/collections/shoreline/items", existing.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("shoreline-035", (await EcoSpaceApp.Json(response))["detail"]!.GetValue<string>());
        Assert.Equal(before, DataVersion());
    }

    [Fact]
    public async Task PutReplacesTheFeatureAndBumpsTheVersion()
    {
        using var app = new EcoSpaceApp(database);
        var feature = await app.GetJson("/collections/shoreline/items/shoreline-035");
        feature["properties"]!["class"] = "restored";
        feature["properties"]!["restored_on"] = "2024-06-30";
        using var response = await app.Send(HttpMethod.Put, "/collections/shoreline/items/shoreline-035", feature.ToJsonString(),
            ifMatch: "\"1\"", user: "planner-li");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.ToString());
        Assert.Equal(2, (await EcoSpaceApp.Json(response))["properties"]!["version"]!.GetValue<long>());

        using var store = database.Open();
        var stored = store.Get("shoreline", "shoreline-035")!;
        Assert.Equal(2, stored.Version);
        Assert.Equal("restored", stored.Feature.Text("class"));
        var history = store.History("shoreline", "shoreline-035");
        Assert.Equal([HistoryOperation.Insert, HistoryOperation.Update], history.Select(h => h.Operation));
        Assert.Equal("planner-li", history[^1].User);
        // The geometry sent back at full precision is the stored one, exactly.
        Assert.True(history[0].After!.Geometry.EqualsExact(history[1].After!.Geometry));
    }

    [Fact]
    public async Task PutWithAnotherIdInTheBodyIsRefused()
    {
        using var app = new EcoSpaceApp(database);
        var feature = await app.GetJson("/collections/shoreline/items/shoreline-035");
        using var response = await app.Send(HttpMethod.Put, "/collections/shoreline/items/shoreline-036", feature.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PatchMergesPropertiesAndKeepsTheRest()
    {
        using var app = new EcoSpaceApp(database);
        var before = await app.GetJson("/collections/shoreline/items/shoreline-035");
        using var response = await app.Send(HttpMethod.Patch, "/collections/shoreline/items/shoreline-035",
            """{"properties":{"class":"artificial","use":"port","remarks":null,"审批":"连港〔2024〕7号"}}""", "application/merge-patch+json",
            ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await EcoSpaceApp.Json(response);
        Assert.Equal("artificial", after["properties"]!["class"]!.GetValue<string>());
        Assert.Equal("port", after["properties"]!["use"]!.GetValue<string>());
        Assert.Null(after["properties"]!["remarks"]);
        Assert.Equal("连港〔2024〕7号", after["properties"]!["审批"]!.GetValue<string>());
        Assert.Equal(before["properties"]!["name"]!.GetValue<string>(), after["properties"]!["name"]!.GetValue<string>());
        Assert.Equal(before["geometry"]!.ToJsonString(), after["geometry"]!.ToJsonString());

        using var store = database.Open();
        var history = store.History("shoreline", "shoreline-035");
        Assert.Equal(2, history.Count);
        Assert.True(history[0].After!.Geometry.EqualsExact(history[1].After!.Geometry));
    }

    [Fact]
    public async Task PatchReplacesTheGeometryWhenGiven()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Send(HttpMethod.Patch, "/collections/shoreline/items/shoreline-035",
            """{"geometry":{"type":"LineString","coordinates":[[119.3,34.9],[119.31,34.91],[119.32,34.905]]}}""", "application/merge-patch+json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var store = database.Open();
        Assert.Equal(3, store.Get("shoreline", "shoreline-035")!.Feature.Geometry.NumPoints);
    }

    [Fact]
    public async Task PatchOfAnotherMediaTypeIsRefused()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Send(HttpMethod.Patch, "/collections/shoreline/items/shoreline-035", "class=artificial", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task DeleteRemovesTheFeatureAndKeepsItsHistory()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Send(HttpMethod.Delete, "/collections/development/items/development-port-ganyu", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var gone = await app.Client.GetAsync("/collections/development/items/development-port-ganyu");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await app.Send(HttpMethod.Delete, "/collections/development/items/development-port-ganyu");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);

        var history = (await app.GetJson("/api/history/development/development-port-ganyu")).AsArray();
        Assert.Equal(["delete", "insert"], history.Select(h => h!["operation"]!.GetValue<string>()));
        Assert.Null(history[0]!["properties"]);
        using var store = database.Open();
        Assert.Null(store.Get("development", "development-port-ganyu"));
    }

    [Fact]
    public async Task OptionsSaysWhichMethodsAnItemAndTheItemsTake()
    {
        using var app = new EcoSpaceApp(database);
        using var items = await app.Send(HttpMethod.Options, "/collections/shoreline/items");
        Assert.Equal(HttpStatusCode.NoContent, items.StatusCode);
        Assert.Equal(["GET", "POST", "OPTIONS"], items.Content.Headers.Allow);
        using var item = await app.Send(HttpMethod.Options, "/collections/shoreline/items/shoreline-035");
        Assert.Equal(["GET", "PUT", "PATCH", "DELETE", "OPTIONS"], item.Content.Headers.Allow);
    }

    [Fact]
    public async Task HistoryListsVersionsNewestFirstWithWhatChanged()
    {
        using var app = new EcoSpaceApp(database);
        using var _ = await app.Send(HttpMethod.Patch, "/collections/river_bank/items/river_bank-xinyi-l-01",
            """{"properties":{"zone":"development"}}""", "application/merge-patch+json", user: "water-bureau");
        var history = (await app.GetJson("/api/history/river_bank/river_bank-xinyi-l-01")).AsArray();
        Assert.Equal([2L, 1L], history.Select(h => h!["version"]!.GetValue<long>()));
        Assert.Equal("update", history[0]!["operation"]!.GetValue<string>());
        Assert.Equal("water-bureau", history[0]!["user"]!.GetValue<string>());
        Assert.False(history[0]!["geometry_changed"]!.GetValue<bool>());
        Assert.Equal(["zone"], history[0]!["changed_properties"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("development", history[0]!["properties"]!["zone"]!.GetValue<string>());
        Assert.True(history[1]!["geometry_changed"]!.GetValue<bool>());
    }

    private long DataVersion()
    {
        using var store = database.Open();
        return store.DataVersion;
    }

    public void Dispose() => database.Dispose();
}
