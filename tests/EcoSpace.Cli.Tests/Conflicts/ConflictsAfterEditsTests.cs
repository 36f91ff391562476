using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests.Conflicts;

/// <summary><c>check conflicts</c> sees what was imported: a project of its own, written to.</summary>
public class ConflictsAfterEditsTests
{
    [Fact]
    public void ADevelopmentImportedIntoEcoSpaceIsFlaggedMedium()
    {
        using var project = new SampleProject();
        // A 0.002° square industrial park around the mean of eco_space-xinyi-flood's vertices (inside it).
        var ecoSpace = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Layers, "eco_space.geojson")))!["features"]!.AsArray()
            .Single(f => f!["id"]!.GetValue<string>() == "eco_space-xinyi-flood")!;
        var ring = ecoSpace["geometry"]!["coordinates"]![0]!.AsArray().Select(p => (X: p![0]!.GetValue<double>(), Y: p[1]!.GetValue<double>())).ToArray();
        double cx = ring.Average(p => p.X), cy = ring.Average(p => p.Y);
        string square = FormattableString.Invariant(
            $"[[{cx - 0.001},{cy - 0.001}],[{cx + 0.001},{cy - 0.001}],[{cx + 0.001},{cy + 0.001}],[{cx - 0.001},{cy + 0.001}],[{cx - 0.001},{cy - 0.001}]]");
        var file = project.Write("park.geojson",
            $$$"""{"type":"Feature","id":"development-new-park","properties":{"dev_type":"industrial","status":"planned"},"geometry":{"type":"Polygon","coordinates":[{{{square}}}]}}""");
        Assert.Equal(0, project.Run("import", file, "--kind", "development").ExitCode);

        var outcome = project.Run("check", "conflicts", "--json", "--rule", "development_in_eco_space", "--fail-on-conflict");

        Assert.Equal(3, outcome.ExitCode);
        var conflict = JsonNode.Parse(outcome.Stdout)!["conflicts"]!.AsArray().Single()!;
        Assert.Equal(["development-new-park", "eco_space-xinyi-flood"], conflict["ids"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal("medium", conflict["severity"]!.GetValue<string>());
        // The square lies wholly inside the eco space: its whole area, 40 886.968 m² (pyproj geometry_area_perimeter
        // on GRS80 of the same square; 1e-4 relative allows for the coordinates' rounding on import).
        Assert.Equal(40886.967534303665, conflict["area_m2"]!.GetValue<double>(), 40886.97 * 1e-4);
    }
}
