using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

public class ConcurrentWriteTests
{
    [Fact]
    public async Task TwoImportsAtOnceBothLandAndNothingIsLost()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var bigCoast = Path.Combine(RepoPaths.SharedData, "perf", "east-china-coast-gshhg-full.geojson");
        var redLines = Path.Combine(RepoPaths.Layers, "red_line.geojson");

        var coast = Task.Run(() => Ecospace.Run("--db", db, "--user", "planner.a", "import", bigCoast, "--kind", "shoreline"));
        var lines = Task.Run(() => Ecospace.Run("--db", db, "--user", "planner.b", "import", redLines, "--kind", "red_line"));
        var results = await Task.WhenAll(coast, lines);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var layers = JsonNode.Parse(Ecospace.Run("--db", db, "layers", "--json").Stdout)!;
        int Count(string kind) => layers["layers"]!.AsArray().Single(l => l!["kind"]!.GetValue<string>() == kind)!["count"]!.GetValue<int>();
        Assert.Equal(9760, Count("shoreline"));
        Assert.Equal(JsonNode.Parse(File.ReadAllText(redLines))!["features"]!.AsArray().Count, Count("red_line"));
        Assert.Equal(2, layers["data_version"]!.GetValue<int>());
    }
}
