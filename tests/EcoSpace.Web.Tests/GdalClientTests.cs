using System.Diagnostics;
using System.Text.Json.Nodes;
using EcoSpace.Core.Schema;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

/// <summary>GDAL's OGC API - Features client (the OAPIF driver of ogrinfo and ogr2ogr) against the real server.</summary>
public sealed class GdalClientTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task OgrinfoListsEveryCollectionAndReadsTheShoreline()
    {
        await using var server = await KestrelServer.Start(database);

        var list = await Run("ogrinfo", $"OAPIF:{server.Url}");
        foreach (var kind in KindCatalog.All)
            Assert.Contains($": {kind.Name} (title: {kind.En})", list);

        var shoreline = await Run("ogrinfo", "-so", $"OAPIF:{server.Url}", "shoreline");
        Assert.Contains($"Feature Count: {SampleDatabase.LayerFileCounts["shoreline"]}", shoreline);
        Assert.Contains("Geometry: Line String", shoreline);
        Assert.Contains("class: String", shoreline);
    }

    [Fact]
    public async Task Ogr2ogrPagesThroughEveryFeatureByNextLinks()
    {
        await using var server = await KestrelServer.Start(database);
        var output = database.File("river_bank-from-oapif.geojson");
        await Run("ogr2ogr", "-f", "GeoJSON", output, $"OAPIF:{server.Url}", "river_bank", "-oo", "PAGE_SIZE=10");
        var features = JsonNode.Parse(File.ReadAllText(output))!["features"]!.AsArray();
        Assert.Equal(SampleDatabase.LayerFileCounts["river_bank"], features.Count);
        Assert.Equal(LayerFiles.Features("river_bank").Select(f => f!["properties"]!["river"]?.GetValue<string>()).Order(),
            features.Select(f => f!["properties"]!["river"]?.GetValue<string>()).Order());
    }

    /// <summary>Runs a GDAL program without blocking the server's threads; asserts it succeeded; returns stdout.</summary>
    private static async Task<string> Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["GDAL_HTTP_TIMEOUT"] = "60";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }

    public void Dispose() => database.Dispose();
}
