using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

public class SampleProjectTests
{
    private static readonly string[] Kinds = ["red_line", "eco_space", "protected_area", "shoreline", "river_bank",
        "development", "farmland", "bay", "restoration", "admin_region"];

    /// <summary>Feature counts of layers/*.geojson, read straight from the files.</summary>
    private static Dictionary<string, int> CountsInLayerFiles() => Kinds.ToDictionary(k => k,
        k => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Layers, k + ".geojson")))!["features"]!.AsArray().Count);

    [Fact]
    public void TheSampleHasEveryKind()
    {
        foreach (var (kind, count) in CountsInLayerFiles())
            Assert.True(count > 0, $"layers/{kind}.geojson has no features");
    }

    [Fact]
    public void RunningWithoutADatabaseCreatesItFromTheSampleAndSummarisesIt()
    {
        using var dir = new TempDir();
        var result = Ecospace.RunIn(dir.Path, null);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(dir.File("ecospace.gpkg")));
        Assert.Contains("shoreline", result.Stdout);
        Assert.Contains("海岸线", result.Stdout);

        // The second run opens what the first one made.
        var second = Ecospace.RunIn(dir.Path, null);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("creating", second.Stdout);
    }

    [Fact]
    public void EcospaceDbNamesTheDefaultDatabase()
    {
        using var dir = new TempDir();
        var db = dir.File("from-env.gpkg");
        var result = Ecospace.RunIn(dir.Path, new Dictionary<string, string> { ["ECOSPACE_DB"] = db }, "init");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public void InitSampleLoadsEveryLayerFile()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        var init = Ecospace.Run("--db", db, "init", "--sample");
        Assert.True(init.ExitCode == 0, init.ToString());

        var layers = JsonNode.Parse(Ecospace.Run("--db", db, "layers", "--json").Stdout)!["layers"]!.AsArray();
        var expected = CountsInLayerFiles();
        foreach (var layer in layers)
            Assert.Equal(expected[layer!["kind"]!.GetValue<string>()], layer["count"]!.GetValue<int>());

        var again = Ecospace.Run("--db", db, "init", "--sample");
        Assert.Equal(4, again.ExitCode);
        Assert.Contains("--force", again.Stderr);
    }

    [Fact]
    public void GdalListsEverySampleTableWithItsCountTypeAndCrs()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Assert.Equal(0, Ecospace.Run("--db", db, "init", "--sample").ExitCode);
        var expected = CountsInLayerFiles();

        foreach (var kind in Kinds)
        {
            var info = Gdal.Run("ogrinfo", "-so", "-ro", db, kind);
            Assert.Contains($"Feature Count: {expected[kind]}", info);
            Assert.Contains("CGCS2000", info);
            var type = kind switch
            {
                "shoreline" or "river_bank" => "Line String",
                "restoration" => "Unknown (any)",
                _ => "Multi Polygon",
            };
            Assert.Contains($"Geometry: {type}", info);

            var converted = dir.File(kind + ".geojson");
            Gdal.Run("ogr2ogr", "-f", "GeoJSON", converted, db, kind);
            Assert.Equal(expected[kind], JsonNode.Parse(File.ReadAllText(converted))!["features"]!.AsArray().Count);
        }
    }
}
