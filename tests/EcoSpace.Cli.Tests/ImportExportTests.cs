using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

public class ImportExportTests
{
    [Fact]
    public void AnImportedFileExportsBackWithEveryPropertyAndTheSameGeometry()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Assert.Equal(0, Ecospace.Run("--db", db, "init").ExitCode);
        var input = dir.Write("in.geojson", Samples.TwoShorelineSegments);

        var import = Ecospace.Run("--db", db, "import", input, "--kind", "shoreline");
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("2 inserted", import.Stdout);

        var output = dir.File("out.geojson");
        var export = Ecospace.Run("--db", db, "export", "shoreline", "-o", output);
        Assert.True(export.ExitCode == 0, export.ToString());

        var original = JsonNode.Parse(Samples.TwoShorelineSegments)!["features"]!.AsArray();
        var exported = JsonNode.Parse(File.ReadAllText(output))!.AsObject();
        Assert.Null(exported["crs"]);
        var features = exported["features"]!.AsArray();
        Assert.Equal(2, features.Count);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(original[i]!["id"]!.GetValue<string>(), features[i]!["id"]!.GetValue<string>());
            AssertSameProperties(original[i]!["properties"]!.AsObject(), features[i]!["properties"]!.AsObject());
            AssertSameCoordinates(original[i]!["geometry"]!["coordinates"]!.AsArray(), features[i]!["geometry"]!["coordinates"]!.AsArray());
        }

        // ...and the export imports again into a fresh project unchanged.
        var db2 = dir.File("p2.gpkg");
        Ecospace.Run("--db", db2, "init");
        var again = Ecospace.Run("--db", db2, "import", output, "--kind", "shoreline");
        Assert.True(again.ExitCode == 0, again.ToString());
        var output2 = dir.File("out2.geojson");
        Ecospace.Run("--db", db2, "export", "shoreline", "-o", output2);
        Assert.Equal(File.ReadAllText(output), File.ReadAllText(output2));
    }

    [Fact]
    public void ExportWritesChineseAsUtf8AndSevenDecimals()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        Ecospace.Run("--db", db, "import", dir.Write("in.geojson", Samples.TwoShorelineSegments), "--kind", "shoreline");
        var output = dir.File("out.geojson");
        Ecospace.Run("--db", db, "export", "shoreline", "-o", output, "--precision", "3");
        var text = File.ReadAllText(output);
        Assert.Contains("连云港区岸段", text);
        Assert.Contains("119.44", text);
        Assert.DoesNotContain("119.4401", text);
    }

    [Fact]
    public void LegacyExportNamesCgcs2000()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        Ecospace.Run("--db", db, "import", dir.Write("rl.geojson", Samples.RedLineSquare), "--kind", "red_line");
        var output = dir.File("legacy.geojson");
        Assert.Equal(0, Ecospace.Run("--db", db, "export", "red_line", "-o", output, "--legacy").ExitCode);
        var crs = JsonNode.Parse(File.ReadAllText(output))!["crs"]!["properties"]!["name"]!.GetValue<string>();
        Assert.Equal("urn:ogc:def:crs:EPSG::4490", crs);
    }

    [Fact]
    public void ExportedRingsAreCounterClockwiseEvenWhenImportedClockwise()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var clockwise = Samples.RedLineSquare.Replace(
            "[[119.3,34.6],[119.4,34.6],[119.4,34.7],[119.3,34.7],[119.3,34.6]]",
            "[[119.3,34.6],[119.3,34.7],[119.4,34.7],[119.4,34.6],[119.3,34.6]]");
        var import = Ecospace.Run("--db", db, "import", dir.Write("cw.geojson", clockwise), "--kind", "red_line");
        Assert.Equal(0, import.ExitCode);
        var output = dir.File("out.geojson");
        Ecospace.Run("--db", db, "export", "red_line", "-o", output);
        // Polygon kinds are MultiPolygon layers: the square comes back as a one-part MultiPolygon.
        var geometry = JsonNode.Parse(File.ReadAllText(output))!["features"]![0]!["geometry"]!;
        Assert.Equal("MultiPolygon", geometry["type"]!.GetValue<string>());
        var ring = geometry["coordinates"]![0]![0]!.AsArray();
        double twiceSignedArea = 0;
        for (int i = 0; i + 1 < ring.Count; i++)
            twiceSignedArea += ring[i]![0]!.GetValue<double>() * ring[i + 1]![1]!.GetValue<double>()
                             - ring[i + 1]![0]!.GetValue<double>() * ring[i]![1]!.GetValue<double>();
        Assert.True(twiceSignedArea > 0, "exterior ring must be counter-clockwise (RFC 7946 §3.1.6)");
    }

    internal static void AssertSameProperties(JsonObject expected, JsonObject actual)
    {
        foreach (var (name, value) in expected)
        {
            if (value is null)
            {
                Assert.True(!actual.ContainsKey(name) || actual[name] is null, $"{name} should be null or absent");
                continue;
            }
            Assert.True(JsonNode.DeepEquals(value, actual[name]), $"{name}: expected {value.ToJsonString()}, got {actual[name]?.ToJsonString()}");
        }
    }

    private static void AssertSameCoordinates(JsonArray expected, JsonArray actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            for (int axis = 0; axis < 2; axis++)
                Assert.Equal(expected[i]![axis]!.GetValue<double>(), actual[i]![axis]!.GetValue<double>(), 1e-7);
    }
}
