using System.Net;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

/// <summary>Optimistic locking: a stale If-Match is refused with 412 and the feature as stored, and nothing is written.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task AStaleSaveGets412WithTheCurrentFeatureAndWritesNothing()
    {
        using var app = new EcoSpaceApp(database);
        var mine = await app.GetJson("/collections/red_line/items/red_line-shilianghe");
        using (var theirs = await app.Send(HttpMethod.Patch, "/collections/red_line/items/red_line-shilianghe",
                   """{"properties":{"remarks":"their edit"}}""", "application/merge-patch+json", ifMatch: "\"1\"", user: "colleague"))
            Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);

        long versionBefore;
        using (var before = database.Open())
            versionBefore = before.DataVersion;
        mine["properties"]!["function"] = "other";
        using var stale = await app.Send(HttpMethod.Put, "/collections/red_line/items/red_line-shilianghe", mine.ToJsonString(), ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var problem = await EcoSpaceApp.Json(stale);
        Assert.Equal(2, problem["current_version"]!.GetValue<long>());
        Assert.Equal("their edit", problem["current"]!["properties"]!["remarks"]!.GetValue<string>());
        Assert.Equal(2, problem["current"]!["properties"]!["version"]!.GetValue<long>());
        Assert.Contains("version 2", problem["detail"]!.GetValue<string>());

        using var stalePatch = await app.Send(HttpMethod.Patch, "/collections/red_line/items/red_line-shilianghe",
            """{"properties":{"function":"other"}}""", "application/merge-patch+json", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stalePatch.StatusCode);
        using var staleDelete = await app.Send(HttpMethod.Delete, "/collections/red_line/items/red_line-shilianghe", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleDelete.StatusCode);

        // Nothing written: no commit (the data version counts them), no history row. (The file's bytes
        // can change meanwhile: SQLite checkpoints its WAL when the last connection closes.)
        using var store = database.Open();
        Assert.Equal(versionBefore, store.DataVersion);
        Assert.Equal("water_conservation", store.Get("red_line", "red_line-shilianghe")!.Feature.Text("function"));
        Assert.Equal(2, store.History("red_line", "red_line-shilianghe").Count);
    }

    [Fact]
    public async Task OfManySavesOfOneVersionAtOnceExactlyOneWins()
    {
        using var app = new EcoSpaceApp(database);
        var saves = Enumerable.Range(0, 8).Select(i => app.Send(HttpMethod.Patch, "/collections/shoreline/items/shoreline-010",
            "{\"properties\":{\"remarks\":\"editor " + i + "\"}}", "application/merge-patch+json", ifMatch: "\"1\"", user: $"editor-{i}")).ToArray();
        var answers = await Task.WhenAll(saves);
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.PreconditionFailed));
        using var store = database.Open();
        Assert.Equal(2, store.Get("shoreline", "shoreline-010")!.Version);
        Assert.Equal(2, store.History("shoreline", "shoreline-010").Count);
    }

    [Fact]
    public async Task SavesWithoutIfMatchAllLandOneAfterAnother()
    {
        using var app = new EcoSpaceApp(database);
        var saves = Enumerable.Range(0, 6).Select(i => app.Send(HttpMethod.Patch, "/collections/shoreline/items/shoreline-011",
            "{\"properties\":{\"remarks\":\"editor " + i + "\"}}", "application/merge-patch+json")).ToArray();
        var answers = await Task.WhenAll(saves);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        using var store = database.Open();
        Assert.Equal(7, store.Get("shoreline", "shoreline-011")!.Version);
    }

    [Fact]
    public async Task SavingAFeatureSomeoneDeletedIs412WithNoCurrentFeature()
    {
        using var app = new EcoSpaceApp(database);
        var mine = await app.GetJson("/collections/bay/items/bay-haizhouwan-lianyun");
        using (var deleted = await app.Send(HttpMethod.Delete, "/collections/bay/items/bay-haizhouwan-lianyun", user: "colleague"))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var stale = await app.Send(HttpMethod.Put, "/collections/bay/items/bay-haizhouwan-lianyun", mine.ToJsonString(), ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var problem = await EcoSpaceApp.Json(stale);
        Assert.Null(problem["current"]);
        Assert.Contains("deleted", problem["detail"]!.GetValue<string>());

        // Undoing the delete re-creates it under its id; its versions go on from the history.
        mine["properties"]!.AsObject().Remove("version");
        using var recreated = await app.Send(HttpMethod.Post, "/collections/bay/items", mine.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, recreated.StatusCode);
        Assert.EndsWith("/collections/bay/items/bay-haizhouwan-lianyun", recreated.Headers.Location!.ToString());
        Assert.Equal("\"3\"", recreated.Headers.ETag!.ToString());
    }

    public void Dispose() => database.Dispose();
}
