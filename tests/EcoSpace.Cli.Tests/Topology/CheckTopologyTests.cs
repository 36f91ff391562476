using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests.Topology;

/// <summary><c>import --allow-invalid</c> and <c>check topology</c> on small hand-made layers.</summary>
public class CheckTopologyTests
{
    // A bow tie whose edges cross at (119.35, 34.65).
    private const string BowTie = """
        {"type":"Feature","id":"bow","properties":{"name":"蝴蝶结","domain":"land","function":"biodiversity"},
         "geometry":{"type":"Polygon","coordinates":[[[119.3,34.6],[119.4,34.7],[119.4,34.6],[119.3,34.7],[119.3,34.6]]]}}
        """;

    // Two squares overlapping by 0.05° × 0.05°, and a shoreline segment twice (the second reversed).
    private const string TwoSquares = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"a","properties":{"domain":"land","function":"biodiversity"},
         "geometry":{"type":"Polygon","coordinates":[[[119.30,34.60],[119.40,34.60],[119.40,34.70],[119.30,34.70],[119.30,34.60]]]}},
        {"type":"Feature","id":"b","properties":{"domain":"land","function":"biodiversity"},
         "geometry":{"type":"Polygon","coordinates":[[[119.35,34.65],[119.45,34.65],[119.45,34.75],[119.35,34.75],[119.35,34.65]]]}}
        ]}
        """;

    private const string TwiceTheSameSegment = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"s-1","properties":{"class":"sandy","mainland":true},"geometry":{"type":"LineString","coordinates":[[119.29,34.60],[119.30,34.60],[119.30,34.6109]]}},
        {"type":"Feature","id":"s-2","properties":{"class":"sandy","mainland":true},"geometry":{"type":"LineString","coordinates":[[119.30,34.6109],[119.30,34.60],[119.29,34.60]]}}
        ]}
        """;

    [Fact]
    public void ValidateAnswersAsImportWouldWithAndWithoutAllowInvalid()
    {
        using var dir = new TempDir();
        var input = dir.Write("bow.geojson", BowTie);

        var refused = Ecospace.RunIn(dir.Path, null, "validate", input, "--kind", "red_line");
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("at (119.35, 34.65)", refused.Stderr + refused.Stdout);

        var allowed = Ecospace.RunIn(dir.Path, null, "validate", input, "--kind", "red_line", "--allow-invalid");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("warning [geometry_invalid]", allowed.Stderr + allowed.Stdout);
    }

    [Fact]
    public void ABowTieIsRefusedByDefaultStoredWithAllowInvalidAndThenReportedByCheckTopology()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var input = dir.Write("bow.geojson", BowTie);

        var refused = Ecospace.Run("--db", db, "import", input, "--kind", "red_line");
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("Self-intersection", refused.Stderr);
        Assert.Contains("at (119.35, 34.65)", refused.Stderr);
        Assert.Contains("--allow-invalid", refused.Stderr);

        var stored = Ecospace.Run("--db", db, "import", input, "--kind", "red_line", "--allow-invalid");
        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.Contains("warning [geometry_invalid]", stored.Stderr);
        Assert.Contains("'蝴蝶结' stored as it is", stored.Stderr);
        Assert.Contains("at (119.35, 34.65)", stored.Stderr);

        var check = Ecospace.Run("--db", db, "check", "topology", "--json");
        Assert.True(check.ExitCode == 0, check.ToString());
        var redLine = JsonNode.Parse(check.Stdout)!["kinds"]!["red_line"]!;
        var invalid = Assert.Single(redLine["invalid"]!.AsArray())!;
        Assert.Equal("bow", invalid["id"]!.GetValue<string>());
        Assert.Equal("self_intersection", invalid["code"]!.GetValue<string>());
        Assert.Equal(119.35, invalid["location"]![0]!.GetValue<double>(), 9);
        Assert.Equal(34.65, invalid["location"]![1]!.GetValue<double>(), 9);
        Assert.Equal("error", redLine["severity"]!.GetValue<string>());

        Assert.Equal(3, Ecospace.Run("--db", db, "check", "topology", "--kind", "red_line", "--fail-on-conflict").ExitCode);
    }

    [Fact]
    public void TheTextReportHasASummaryLineAndATableRowPerProblemForEveryKindWithFeatures()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        Assert.Equal(0, Ecospace.Run("--db", db, "import", dir.Write("rl.geojson", TwoSquares), "--kind", "red_line").ExitCode);
        Assert.Equal(0, Ecospace.Run("--db", db, "import", dir.Write("s.geojson", TwiceTheSameSegment), "--kind", "shoreline").ExitCode);

        var check = Ecospace.Run("--db", db, "check", "topology");

        Assert.True(check.ExitCode == 0, check.ToString());
        var lines = check.Stdout.Split('\n');
        Assert.Contains("red_line: 2 features, 0 invalid, 1 overlaps, 0 duplicates, 0 slivers dropped", lines);
        Assert.Contains("shoreline: 2 features, 0 invalid, 0 overlaps, 1 duplicates, 0 slivers dropped", lines);
        // pyproj: 25 417 243.85 m² (Core's TopologyCheckTests); 2 126.476 m.
        Assert.Contains(lines, l => l.StartsWith("overlap ") && l.Contains("a, b") && l.Contains("25,417,243.9"));
        Assert.Contains(lines, l => l.StartsWith("duplicate (reversed)") && l.Contains("s-1, s-2") && l.Contains("2,126.476"));
        Assert.DoesNotContain("eco_space", check.Stdout);
    }

    [Fact]
    public void TheJsonReportHasTheOverlapAreaAndTheDuplicateLengthWithLocations()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        Ecospace.Run("--db", db, "import", dir.Write("rl.geojson", TwoSquares), "--kind", "red_line");
        Ecospace.Run("--db", db, "import", dir.Write("s.geojson", TwiceTheSameSegment), "--kind", "shoreline");

        var check = Ecospace.Run("--db", db, "check", "topology", "--json", "--fail-on-conflict");

        Assert.True(check.ExitCode == 3, check.ToString());
        var report = JsonNode.Parse(check.Stdout)!;
        Assert.Equal(2, report["data_version"]!.GetValue<long>());
        Assert.NotNull(report["computed_at"]);
        var overlap = Assert.Single(report["kinds"]!["red_line"]!["overlaps"]!.AsArray())!;
        Assert.Equal(["a", "b"], overlap["ids"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(25417243.85168457, overlap["area_m2"]!.GetValue<double>(), 1e-6 * 25417243.85168457);
        Assert.InRange(overlap["location"]![0]!.GetValue<double>(), 119.35, 119.40);
        var duplicate = Assert.Single(report["kinds"]!["shoreline"]!["duplicates"]!.AsArray())!;
        Assert.Equal("reversed", duplicate["match"]!.GetValue<string>());
        Assert.Equal(2126.4755007746908, duplicate["length_m"]!.GetValue<double>(), 1e-9);
        Assert.Empty(report["kinds"]!["shoreline"]!["overlaps"]!.AsArray());
    }

    [Fact]
    public void AProjectWithNothingWrongExitsZeroEvenWithFailOnConflict()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        Ecospace.Run("--db", db, "import", dir.Write("rl.geojson", Samples.RedLineSquare), "--kind", "red_line");

        var check = Ecospace.Run("--db", db, "check", "topology", "--fail-on-conflict");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("red_line: 1 features, 0 invalid, 0 overlaps, 0 duplicates, 0 slivers dropped", check.Stdout);
    }

    [Fact]
    public void AnUnknownKindIsAUsageError()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");

        var check = Ecospace.Run("--db", db, "check", "topology", "--kind", "roads");

        Assert.Equal(1, check.ExitCode);
        Assert.Empty(check.Stdout);
    }
}
