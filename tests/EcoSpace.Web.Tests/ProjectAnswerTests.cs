using System.Net;
using EcoSpace.Web.Hosting;
using EcoSpace.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EcoSpace.Web.Tests;

/// <summary>
/// Indicators and conflicts are kept between requests (<see cref="ProjectAnswers"/>) and computed
/// again after anything that changes them: an edit through the API, a settings change, a write to
/// the GeoPackage by another program.
/// </summary>
public sealed class ProjectAnswerTests : IDisposable
{
    private readonly SampleDatabase database = new();

    private static int Computed(EcoSpaceApp app) => app.Services.GetRequiredService<ProjectAnswers>().Computed;

    private static async Task<string> Text(EcoSpaceApp app, string path)
    {
        using var response = await app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task ARepeatedRequestIsAnsweredFromMemoryWithTheSameBodyAndType()
    {
        using var app = new EcoSpaceApp(database);
        using var first = await app.Client.GetAsync("/api/indicators");
        string indicators = await first.Content.ReadAsStringAsync();
        Assert.Equal("application/json; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        using var firstConflicts = await app.Client.GetAsync("/api/conflicts");
        string conflicts = await firstConflicts.Content.ReadAsStringAsync();
        Assert.Equal("application/geo+json", firstConflicts.Content.Headers.ContentType!.MediaType);
        int computed = Computed(app);
        Assert.Equal(2, computed);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(indicators, await Text(app, "/api/indicators"));
            Assert.Equal(conflicts, await Text(app, "/api/conflicts"));
        }
        Assert.Equal(computed, Computed(app));

        // a rule filter is an answer of its own
        string oneRule = await Text(app, "/api/conflicts?rule=bank_zone_violated");
        Assert.NotEqual(conflicts, oneRule);
        Assert.Equal(computed + 1, Computed(app));
    }

    [Fact]
    public async Task ConcurrentFirstRequestsComputeOnce()
    {
        using var app = new EcoSpaceApp(database);
        var bodies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Text(app, "/api/indicators")));
        Assert.Single(bodies.Distinct());
        Assert.Equal(1, Computed(app));
    }

    [Fact]
    public async Task AnEditThroughTheApiIsSeen()
    {
        using var app = new EcoSpaceApp(database);
        var before = await app.GetJson("/api/indicators");
        int conflictsBefore = (await app.GetJson("/api/conflicts"))["features"]!.AsArray().Count;
        string id = LayerFiles.Features("red_line").First()!["id"]!.GetValue<string>();
        using var deleted = await app.Send(HttpMethod.Delete, $"/collections/red_line/items/{id}", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var after = await app.GetJson("/api/indicators");
        Assert.Equal(before["areas"]!["red_line_count"]!.GetValue<int>() - 1, after["areas"]!["red_line_count"]!.GetValue<int>());
        Assert.True(after["data_version"]!.GetValue<long>() > before["data_version"]!.GetValue<long>());
        Assert.True((await app.GetJson("/api/conflicts"))["features"]!.AsArray().Count <= conflictsBefore);
    }

    [Fact]
    public async Task ASettingsChangeIsSeen()
    {
        using var app = new EcoSpaceApp(database);
        var before = await app.GetJson("/api/indicators");
        using (var store = database.Open())
            store.SetSetting("shoreline.natural_classes", "bedrock", "test");
        var after = await app.GetJson("/api/indicators");
        Assert.Equal(before["data_version"]!.GetValue<long>(), after["data_version"]!.GetValue<long>());
        Assert.True(after["shoreline"]!["numerator_m"]!.GetValue<double>() < before["shoreline"]!["numerator_m"]!.GetValue<double>());
    }

    [Fact]
    public async Task AWriteByAnotherProgramIsSeen()
    {
        using var app = new EcoSpaceApp(database);
        var before = await app.GetJson("/api/indicators");
        Assert.Equal(10, before["areas"]!["red_line_count"]!.GetValue<int>());
        // as QGIS or ogr2ogr would: straight into the table, no EcoSpace history, no data version
        using (var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM red_line WHERE fid = (SELECT min(fid) FROM red_line)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var after = await app.GetJson("/api/indicators");
        Assert.Equal(before["data_version"]!.GetValue<long>(), after["data_version"]!.GetValue<long>());
        Assert.Equal(9, after["areas"]!["red_line_count"]!.GetValue<int>());
    }

    public void Dispose() => database.Dispose();
}
