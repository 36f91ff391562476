using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;
using EcoSpace.Data;

namespace EcoSpace.Cli.Tests;

/// <summary><c>snapshot create</c> and <c>snapshot list</c>; each test owns its project (they write).</summary>
public sealed class SnapshotCommandTests : IDisposable
{
    private readonly SampleProject sample = new();

    public void Dispose() => sample.Dispose();

    [Fact]
    public void CreatePrintsTheTagTheDataVersionAndTheCounts()
    {
        long dataVersion;
        using (var store = FeatureStore.Open(sample.Database))
            dataVersion = store.DataVersion;

        var outcome = sample.Run("snapshot", "create", "2021-approved", "--note", "苏政复〔2021〕号");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains($"snapshot '2021-approved' = data version {dataVersion}", outcome.Stdout);
        Assert.Matches(@"red_line\s+10\b", outcome.Stdout);
        Assert.Matches(@"protected_area\s+6\b", outcome.Stdout);
        Assert.Empty(outcome.Stderr);
    }

    [Fact]
    public void ListShowsEverySnapshotWithItsNoteAndUser()
    {
        sample.Run("snapshot", "create", "first", "--user", "auditor-li");
        sample.Run("snapshot", "create", "second", "--note", "年度核查");

        var list = JsonNode.Parse(sample.Run("snapshot", "list", "--json").Stdout)!.AsArray();

        Assert.Equal(["first", "second"], list.Select(s => s!["tag"]!.GetValue<string>()));
        Assert.Equal("auditor-li", list[0]!["user"]!.GetValue<string>());
        Assert.Null(list[0]!["note"]);
        Assert.Equal("年度核查", list[1]!["note"]!.GetValue<string>());
        Assert.Equal(list[0]!["data_version"]!.GetValue<long>(), list[1]!["data_version"]!.GetValue<long>());
        Assert.Contains("年度核查", sample.Run("snapshot").Stdout);
    }

    [Fact]
    public void ATagTakenAlreadyIsAUsageErrorAndNothingChanges()
    {
        sample.Run("snapshot", "create", "approved");
        var again = sample.Run("snapshot", "create", "Approved");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("taken", again.Stderr);
        Assert.Single(JsonNode.Parse(sample.Run("snapshot", "list", "--json").Stdout)!.AsArray());
    }

    [Fact]
    public void ATagThatLooksLikeAFileIsRefused()
    {
        var outcome = sample.Run("snapshot", "create", "approved.geojson");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("file name", outcome.Stderr);
    }

    [Fact]
    public void WithoutSnapshotsTheListSaysHowToMakeOne()
    {
        Assert.Contains("snapshot create", sample.Run("snapshot", "list").Stdout);
        Assert.Equal("[]", sample.Run("snapshot", "list", "--json").Stdout.Trim());
    }

    [Fact]
    public void ARedLineAddedByOgr2ogrIsNamedInTheSnapshotAndTheAudit()
    {
        var input = sample.Write("qgis.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"red_line-qgis","domain":"land","function":"other"},
             "geometry":{"type":"Polygon","coordinates":[[[119.5,34.5],[119.52,34.5],[119.52,34.52],[119.5,34.5]]]}}]}
            """);
        Gdal.Run("ogr2ogr", "-append", "-f", "GPKG", sample.Database, input, "-nln", "red_line", "-nlt", "MULTIPOLYGON");

        var created = sample.Run("snapshot", "create", "with-qgis-edit");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("red_line-qgis", created.Stderr);

        var audit = JsonNode.Parse(sample.Run("check", "redline", "--baseline", "with-qgis-edit", "--json").Stdout)!;
        Assert.Equal(["red_line-qgis"], audit["layers"]![0]!["added"]!.AsArray().Select(n => n!.GetValue<string>()));
        var warning = Assert.Single(audit["warnings"]!.AsArray())!.GetValue<string>();
        Assert.Contains("lacks 1 red_line feature(s)", warning);
        Assert.Contains("red_line-qgis", warning);
    }
}
