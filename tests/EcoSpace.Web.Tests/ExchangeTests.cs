using System.Net;
using System.Text;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

/// <summary>GeoJSON out of one project and into another through the page's endpoints: the CLI's exporter and importer.</summary>
public sealed class ExchangeTests : IDisposable
{
    private readonly SampleDatabase database = new();
    private readonly SampleDatabase empty = new(empty: true);

    [Fact]
    public async Task ExportThenImportIntoAnEmptyProjectGivesTheSameLayer()
    {
        using var source = new EcoSpaceApp(database);
        using var target = new EcoSpaceApp(empty);
        foreach (var kind in new[] { "shoreline", "red_line", "restoration" })
        {
            using var exported = await source.Client.GetAsync($"/api/export/{kind}");
            Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
            Assert.Equal("attachment", exported.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal($"{kind}.geojson", exported.Content.Headers.ContentDisposition.FileName!.Trim('"'));
            var file = await exported.Content.ReadAsByteArrayAsync();

            using var imported = await Import(target, kind, file);
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            var report = await EcoSpaceApp.Json(imported);
            Assert.Equal(SampleDatabase.LayerFileCounts[kind], report["imported"]!.GetValue<int>());
            Assert.True(report["committed"]!.GetValue<bool>());

            using var again = await target.Client.GetAsync($"/api/export/{kind}");
            Assert.Equal(file, await again.Content.ReadAsByteArrayAsync());
        }
        using var store = empty.Open();
        Assert.Equal(SampleDatabase.LayerFileCounts["shoreline"], store.Count("shoreline"));
        Assert.Equal("insert", store.History("shoreline", "shoreline-035")[0].Operation.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task ImportingStoredIdsIsRefusedUnlessReplacing()
    {
        using var app = new EcoSpaceApp(database);
        var file = await app.Client.GetByteArrayAsync("/api/export/red_line");
        long before;
        using (var store = database.Open())
            before = store.DataVersion;

        using var refused = await Import(app, "red_line", file);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await EcoSpaceApp.Json(refused);
        var issues = problem["issues"]!.AsArray();
        Assert.Equal(10, issues.Count);
        Assert.Contains("red_line-yuntaishan", issues.Select(i => i!["id"]?.GetValue<string>()));
        Assert.Contains("line", issues[0]!["message"]!.GetValue<string>());
        using (var store = database.Open())
            Assert.Equal(before, store.DataVersion);

        using var replaced = await Import(app, "red_line", file, "?replace=true");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(10, (await EcoSpaceApp.Json(replaced))["replaced"]!.GetValue<int>());
        var history = (await app.GetJson("/api/history/red_line/red_line-yuntaishan")).AsArray();
        Assert.Equal("replace", history[0]!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABrokenFileIsRefusedWithItsLineAndNothingIsImported()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await Import(app, "shoreline", Encoding.UTF8.GetBytes("{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":\"Feature\",]}"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await EcoSpaceApp.Json(response);
        Assert.Equal(3, problem["issues"]![0]!["line"]!.GetValue<long>());
        Assert.Contains("nothing was imported", problem["detail"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> Import(EcoSpaceApp app, string kind, byte[] file, string query = "")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/geo+json");
        return app.Client.PostAsync($"/api/import/{kind}{query}", content);
    }

    public void Dispose()
    {
        database.Dispose();
        empty.Dispose();
    }
}
