using System.Net;
using System.Text.Json.Nodes;
using EcoSpace.Core.Schema;
using EcoSpace.Tests;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

/// <summary>Map documents, the schema for the attribute form, and the client configuration.</summary>
public sealed class DocumentTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task EveryMapDocumentIsListedAndServedAsOnDisk()
    {
        using var app = new EcoSpaceApp(database);
        var maps = (await app.GetJson("/api/maps")).AsArray();
        var files = Directory.GetFiles(TestRepository.Maps, "*.map.json").Select(f => Path.GetFileName(f)[..^".map.json".Length]).Order().ToArray();
        Assert.Equal(files, maps.Select(m => m!["id"]!.GetValue<string>()).Order());
        Assert.All(maps, m => Assert.False(string.IsNullOrEmpty(m!["title"]!["zh"]!.GetValue<string>())));

        var overview = await app.GetJson("/api/maps/overview");
        var onDisk = JsonNode.Parse(File.ReadAllText(Path.Combine(TestRepository.Maps, "overview.map.json")))!;
        Assert.True(JsonNode.DeepEquals(onDisk, overview));
        using var missing = await app.Client.GetAsync("/api/maps/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheSchemaGivesEveryKindsCodeListsInBothLanguages()
    {
        using var app = new EcoSpaceApp(database);
        var kinds = (await app.GetJson("/api/schema"))["kinds"]!.AsArray();
        Assert.Equal(KindCatalog.Names, kinds.Select(k => k!["name"]!.GetValue<string>()));
        var shoreline = kinds.Single(k => k!["name"]!.GetValue<string>() == "shoreline")!;
        Assert.Equal("line", shoreline["geometry_type"]!.GetValue<string>());
        var classProperty = shoreline["properties"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "class")!;
        Assert.True(classProperty["recommended"]!.GetValue<bool>());
        var bedrock = classProperty["codes"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "bedrock")!;
        Assert.Equal("基岩岸线", bedrock["zh"]!.GetValue<string>());
        Assert.Equal("Bedrock", bedrock["en"]!.GetValue<string>());
        Assert.Equal(KindCatalog.CodesOf("shoreline", "class"), classProperty["codes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheBasemapIsOffByDefault()
    {
        using var app = new EcoSpaceApp(database);
        var config = await app.GetJson("/api/config");
        Assert.Null(config["basemap"]);
        Assert.Equal("auto", config["language_default"]!.GetValue<string>());
    }

    public void Dispose() => database.Dispose();
}
