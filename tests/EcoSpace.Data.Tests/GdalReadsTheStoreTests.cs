using System.Text.Json.Nodes;
using EcoSpace.Core.Schema;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>GDAL is the outside judge: what we write must read as a valid GeoPackage.</summary>
public sealed class GdalReadsTheStoreTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    private static string OgrGeometryName(KindDefinition kind) => kind.GeoPackageGeometryTypeName switch
    {
        "LINESTRING" => "Line String",
        "MULTIPOLYGON" => "Multi Polygon",
        _ => "Unknown (any)",
    };

    [Fact]
    public void OgrinfoListsEveryKindWithItsGeometryTypeAndCgcs2000()
    {
        temp.Create().Dispose();

        var layers = OgrInfo.Summary(temp.Path);

        foreach (var kind in KindCatalog.All)
        {
            Assert.True(layers.TryGetValue(kind.Name, out var layer), $"ogrinfo does not list {kind.Name}");
            Assert.Equal(OgrGeometryName(kind), layer.Geometry);
            Assert.True(layer.IsCgcs2000, $"{kind.Name} is not on EPSG:4490:\n{layer.Text}");
            Assert.Equal(0, layer.FeatureCount);
            Assert.Contains($"DESCRIPTION={kind.Zh} / {kind.En}", layer.Text);
        }
    }

    [Fact]
    public void ValidateGpkgAcceptsAnEmptyAndAFilledStore()
    {
        using (var store = temp.Create())
        {
            Assert.Equal(0, Validate());
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 0.1)));
            store.Import("red_line", TestFeatures.Candidates(TestFeatures.RedLine("r")));
            store.Delete("shoreline", "a", "tester");
        }

        Assert.Equal(0, Validate());
    }

    private int Validate()
    {
        var output = Gdal.Run("/usr/bin/python3", "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py", temp.Path);
        Assert.True(output.ExitCode == 0, output.All);
        return output.ExitCode;
    }

    [Fact]
    public void OgrinfoCountsTheImportedFeatures()
    {
        using (var store = temp.Create())
        {
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 0.1), TestFeatures.Shoreline("c", 0.2)));
            store.Import("red_line", TestFeatures.Candidates(TestFeatures.RedLine("r1"), TestFeatures.RedLine("r2", 0.2)));
        }

        var layers = OgrInfo.Summary(temp.Path);

        Assert.Equal(3, layers["shoreline"].FeatureCount);
        Assert.Equal(2, layers["red_line"].FeatureCount);
        Assert.Equal(0, layers["farmland"].FeatureCount);
    }

    [Fact]
    public void Ogr2ogrConvertsEveryKindTableToGeoJson()
    {
        using (var store = temp.Create())
        {
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("s1", 0, """{"class":"bedrock","mainland":true,"name":"连岛","note":"x"}""")));
            store.Import("red_line", TestFeatures.Candidates(TestFeatures.RedLine("r1")));
        }

        foreach (var kind in KindCatalog.Names)
        {
            string output = temp.File($"{kind}.geojson");
            Gdal.Ok("ogr2ogr", "-f", "GeoJSON", output, temp.Path, kind);
            var collection = JsonNode.Parse(File.ReadAllText(output))!;
            var features = collection["features"]!.AsArray();
            Assert.Equal(kind is "shoreline" or "red_line" ? 1 : 0, features.Count);
        }

        var shoreline = JsonNode.Parse(File.ReadAllText(temp.File("shoreline.geojson")))!["features"]![0]!;
        Assert.Equal("LineString", (string?)shoreline["geometry"]!["type"]);
        Assert.Equal("连岛", (string?)shoreline["properties"]!["name"]);
        Assert.Equal("s1", (string?)shoreline["properties"]!["id"]);
        Assert.Equal(119.30, (double)shoreline["geometry"]!["coordinates"]![0]![0]!, 9);
        var redLine = JsonNode.Parse(File.ReadAllText(temp.File("red_line.geojson")))!["features"]![0]!;
        Assert.Equal("MultiPolygon", (string?)redLine["geometry"]!["type"]);
    }

    [Fact]
    public void OgrinfoSqlReadsOurGeometry()
    {
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("s1")));

        string output = Gdal.Ok("ogrinfo", "-ro", temp.Path, "-sql",
            "SELECT id, ST_MinX(geom) AS minx, ST_MaxY(geom) AS maxy, geom FROM shoreline WHERE id = 's1'");

        Assert.Contains("id (String) = s1", output);
        Assert.Contains("minx (Real) = 119.3", output);
        Assert.Contains("maxy (Real) = 35", output);
        Assert.Contains("LINESTRING (119.3 35.0,119.35 34.95,119.4 34.9)", output);
    }
}
