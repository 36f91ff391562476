using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

/// <summary>
/// <c>check redline</c> on the sample after three edits (see <see cref="RedlineEditedSample"/>): the
/// baseline areas are SampleFigures' (pyproj, made with the sample), the shrunk red line's new area is
/// pyproj's (<see cref="RedlineEditedSample.ShrunkSquareMeters"/>). DOMAIN.md §5 asks for 1e-9 relative
/// or 0.01 m² per polygon.
/// </summary>
public class RedlineCheckTests(RedlineEditedSample sample) : IClassFixture<RedlineEditedSample>
{
    private static readonly double ShrunkBefore = SampleFigures.RedLineSquareMeters[RedlineEditedSample.Shrunk];
    private static readonly double RemovedBefore = SampleFigures.RedLineSquareMeters[RedlineEditedSample.Removed];
    private static readonly double RedLineNow =
        SampleFigures.RedLineTotalSquareMeters - ShrunkBefore + RedlineEditedSample.ShrunkSquareMeters - RemovedBefore;

    [Fact]
    public void TheAuditAgainstTheSnapshotReportsTheExactAreaChangeTheRemovalAndTheFunctionChange()
    {
        var outcome = sample.Run("check", "redline", "--baseline", RedlineEditedSample.Tag, "--json");
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var result = JsonNode.Parse(outcome.Stdout)!;

        Assert.Equal("snapshot", result["baseline"]!["source"]!.GetValue<string>());
        Assert.Equal("auditor-li", result["baseline"]!["user"]!.GetValue<string>());
        Assert.False(result["passed"]!.GetValue<bool>());
        Assert.Empty(result["warnings"]!.AsArray());

        var redLine = Layer(result, "red_line");
        Assert.Equal((10, 9), (redLine["baseline"]!["features"]!.GetValue<int>(), redLine["now"]!["features"]!.GetValue<int>()));
        Assert.Equal(SampleFigures.RedLineTotalSquareMeters, redLine["baseline"]!["area_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal(SampleFigures.RedLineTotalHectares, redLine["baseline"]!["area_ha"]!.GetValue<double>(), 1e-6);
        Assert.Equal(RedLineNow, redLine["now"]!["area_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal(RedLineNow - SampleFigures.RedLineTotalSquareMeters, redLine["change_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal([RedlineEditedSample.Removed], Strings(redLine["removed"]));
        Assert.Empty(redLine["added"]!.AsArray());

        var shrunk = Feature(redLine, RedlineEditedSample.Shrunk);
        Assert.Equal(ShrunkBefore, shrunk["baseline_area_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal(RedlineEditedSample.ShrunkSquareMeters, shrunk["now_area_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal(RedlineEditedSample.ShrunkSquareMeters - ShrunkBefore, shrunk["change_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal((RedlineEditedSample.ShrunkSquareMeters - ShrunkBefore) / 10_000, shrunk["change_ha"]!.GetValue<double>(), 1e-6);
        Assert.True(shrunk["area_reduced"]!.GetValue<bool>() && shrunk["geometry_changed"]!.GetValue<bool>());

        var refunctioned = Feature(redLine, RedlineEditedSample.Refunctioned);
        var change = Assert.Single(refunctioned["property_changes"]!.AsArray())!;
        Assert.Equal(("function", "biodiversity", "other"),
            (change["property"]!.GetValue<string>(), change["before"]!.GetValue<string>(), change["after"]!.GetValue<string>()));
        Assert.False(refunctioned["geometry_changed"]!.GetValue<bool>());
        Assert.Equal(0, refunctioned["change_m2"]!.GetValue<double>());

        var removed = Feature(redLine, RedlineEditedSample.Removed);
        Assert.Equal("removed", removed["status"]!.GetValue<string>());
        Assert.Equal(-RemovedBefore, removed["change_m2"]!.GetValue<double>(), 0.01);

        var untouched = Feature(redLine, "red_line-yuntaishan");
        Assert.Equal((0.0, false), (untouched["change_m2"]!.GetValue<double>(), untouched["geometry_changed"]!.GetValue<bool>()));

        var verdicts = redLine["verdicts"]!.AsArray();
        Assert.False(verdicts[0]!["passed"]!.GetValue<bool>());
        Assert.True(verdicts[0]!["total_reduced"]!.GetValue<bool>());
        Assert.Equal([RedlineEditedSample.Shrunk], Strings(verdicts[0]!["offending_ids"]));
        Assert.Equal("nature_unchanged", verdicts[1]!["rule"]!.GetValue<string>());
        Assert.Equal([RedlineEditedSample.Refunctioned, RedlineEditedSample.Removed], Strings(verdicts[1]!["offending_ids"]));

        var protectedArea = Layer(result, "protected_area");
        Assert.True(protectedArea["passed"]!.GetValue<bool>());
        Assert.Equal(SampleFigures.ProtectedAreaTotalSquareMeters, protectedArea["now"]!["area_m2"]!.GetValue<double>(), 0.01);

        var violations = result["violations"]!.AsArray();
        Assert.Equal(["total_area_reduced", "area_reduced", "property_changed", "removed"], violations.Select(v => v!["finding"]!.GetValue<string>()));
        Assert.All(violations, v => Assert.Equal(("red_line_reduced", "high"), (v!["rule"]!.GetValue<string>(), v["severity"]!.GetValue<string>())));
        Assert.All(result["verdicts"]!.AsArray(), v => Assert.False(v!["passed"]!.GetValue<bool>()));
    }

    [Fact]
    public void FailOnConflictExitsThreeWhenACheckFails()
    {
        var outcome = sample.Run("check", "redline", "--baseline", RedlineEditedSample.Tag, "--fail-on-conflict");
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("2 of 2 checks violated", outcome.Stdout);
    }

    [Fact]
    public void TheTextNamesEachCheckAndTheOffendingFeatures()
    {
        var text = sample.Run("check", "redline", "--baseline", RedlineEditedSample.Tag).Stdout;

        Assert.Contains("snapshot 'before-edits'", text);
        Assert.Matches(@"red_line\s+area_not_reduced\s+violated\s+total, red_line-shilianghe", text);
        Assert.Matches(@"red_line\s+nature_unchanged\s+violated\s+red_line-linhonghekou, red_line-guanhekou", text);
        Assert.Matches(@"protected_area\s+area_not_reduced\s+met", text);
        Assert.Contains("function biodiversity → other", text);
        // SampleFigures: red_line total 187 634.2249 ha before.
        Assert.Contains("187,634.2249", text);
    }

    [Fact]
    public void AnApprovedGeoJsonFileIsABaselineForItsLayer()
    {
        var outcome = sample.Run("check", "redline", "--baseline", sample.BaselineFile, "--json", "--fail-on-conflict");
        Assert.Equal(3, outcome.ExitCode);
        var result = JsonNode.Parse(outcome.Stdout)!;

        Assert.Equal(("file", sample.BaselineFile), (result["baseline"]!["source"]!.GetValue<string>(), result["baseline"]!["path"]!.GetValue<string>()));
        var redLine = Assert.Single(result["layers"]!.AsArray())!;
        Assert.Equal(SampleFigures.RedLineTotalSquareMeters, redLine["baseline"]!["area_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal(RedLineNow, redLine["now"]!["area_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal([RedlineEditedSample.Removed], Strings(redLine["removed"]));
        Assert.Equal(["total_area_reduced", "area_reduced", "property_changed", "removed"],
            result["violations"]!.AsArray().Select(v => v!["finding"]!.GetValue<string>()));
        // The file was exported at 7 decimals, the sample's own precision: unchanged red lines compare exactly.
        Assert.False(Feature(redLine, "red_line-yuntaishan")["geometry_changed"]!.GetValue<bool>());
        Assert.Contains(result["warnings"]!.AsArray(), w => w!.GetValue<string>().StartsWith("protected_area not audited", StringComparison.Ordinal));
    }

    private static JsonNode Layer(JsonNode result, string kind) =>
        result["layers"]!.AsArray().Single(l => l!["kind"]!.GetValue<string>() == kind)!;

    private static JsonNode Feature(JsonNode layer, string id) =>
        layer["features"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == id)!;

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}
