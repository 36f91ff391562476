using EcoSpace.Data.Snapshots;
using EcoSpace.Data.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Tests;

/// <summary>A snapshot names a data version; the history gives every feature as it was then.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void ASnapshotNamesTheDataVersionWithItsNoteUserAndTime()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.RedLine("a"), "planner");
        store.Insert(TestFeatures.RedLine("b", 0.2), "planner");
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var snapshot = store.CreateSnapshot("2021-approved", "苏政复〔2021〕", "auditor-li");

        Assert.Equal(("2021-approved", "苏政复〔2021〕", "auditor-li", 2L), (snapshot.Tag, snapshot.Note, snapshot.User, snapshot.DataVersion));
        Assert.InRange(snapshot.At, started, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Empty(snapshot.Untracked);
        Assert.Equal(2, store.DataVersion);
        var found = store.FindSnapshot("2021-approved")!;
        Assert.Equal((snapshot.Tag, snapshot.Note, snapshot.User, snapshot.At, snapshot.DataVersion), (found.Tag, found.Note, found.User, found.At, found.DataVersion));
        Assert.Equal(new Dictionary<string, long> { ["red_line"] = 2 }, store.CountAsOf(snapshot.DataVersion));
    }

    [Fact]
    public void SnapshotsAreKeptInTheFileInTheOrderTheyWereTaken()
    {
        using (var store = temp.Create())
        {
            store.CreateSnapshot("empty", null, "planner");
            store.Insert(TestFeatures.RedLine("a"), "planner");
            store.CreateSnapshot("one", null, "planner");
        }

        using var reopened = temp.Open();
        Assert.Equal([("empty", 0L), ("one", 1L)], reopened.Snapshots().Select(s => (s.Tag, s.DataVersion)));
        Assert.Equal("attributes", RawSql.Scalar(temp.Path, "SELECT data_type FROM gpkg_contents WHERE table_name = 'ecospace_snapshots'"));
    }

    [Fact]
    public void ATagCanBeTakenOnlyOnceWhateverItsCase()
    {
        using var store = temp.Create();
        store.CreateSnapshot("baseline", null, "planner");
        store.Insert(TestFeatures.RedLine("a"), "planner");

        var error = Assert.Throws<SnapshotTagException>(() => store.CreateSnapshot("BASELINE", "again", "planner"));

        Assert.Contains("taken", error.Message);
        var only = Assert.Single(store.Snapshots());
        Assert.Equal(("baseline", 0L, null), (only.Tag, only.DataVersion, only.Note));
        Assert.Equal("baseline", store.FindSnapshot("Baseline")!.Tag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("-leading-dash")]
    [InlineData("a/b")]
    [InlineData("approved.geojson")]
    [InlineData("approved.JSON")]
    [InlineData("x12345678901234567890123456789012345678901234567890123456789012345")]
    public void ATagThatBreaksARuleIsRefused(string tag)
    {
        using var store = temp.Create();
        Assert.Throws<SnapshotTagException>(() => store.CreateSnapshot(tag, null, "planner"));
        Assert.Empty(store.Snapshots());
    }

    [Fact]
    public void ChineseTagsAreWelcome()
    {
        using var store = temp.Create();
        Assert.Equal("2021年批复", store.CreateSnapshot("2021年批复", null, "planner").Tag);
    }

    [Fact]
    public void ASnapshotCannotBeChangedOrDeletedEvenWithSql()
    {
        using (var store = temp.Create())
            store.CreateSnapshot("fixed", null, "planner");

        foreach (var sql in (string[])["UPDATE ecospace_snapshots SET data_version = 7", "DELETE FROM ecospace_snapshots"])
        {
            var error = Assert.Throws<SqliteException>(() => RawSql.Execute(temp.Path, sql));
            Assert.Contains("immutable", error.Message);
        }
    }

    [Fact]
    public void AsOfASnapshotAnEditMadeAfterItIsNotSeen()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.RedLine("a"), "planner");
        var snapshot = store.CreateSnapshot("before", null, "planner");
        store.Update(TestFeatures.RedLine("a", 0.05, """{"domain":"land","function":"other"}"""), "planner");

        var then = Assert.Single(store.ReadAllAsOf("red_line", snapshot.DataVersion));
        var now = Assert.Single(store.ReadAll("red_line"));

        Assert.Equal((1L, "biodiversity", 119.2), (then.Version, then.Feature.Text("function"), then.Feature.Geometry.EnvelopeInternal.MinX));
        Assert.Equal((2L, "other"), (now.Version, now.Feature.Text("function")));
        Assert.Equal(119.25, now.Feature.Geometry.EnvelopeInternal.MinX, 12);
    }

    [Fact]
    public void AsOfASnapshotAFeatureDeletedAfterItIsStillThere()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.RedLine("a"), "planner");
        store.Insert(TestFeatures.RedLine("b", 0.2), "planner");
        var snapshot = store.CreateSnapshot("before", null, "planner");
        store.Delete("red_line", "a", "planner");

        Assert.Equal(["a", "b"], store.ReadAllAsOf("red_line", snapshot.DataVersion).Select(f => f.Id));
        Assert.Equal(["b"], store.ReadAll("red_line").Select(f => f.Id));
    }

    [Fact]
    public void AsOfASnapshotAFeatureInsertedAfterItIsNotThere()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.RedLine("a"), "planner");
        var snapshot = store.CreateSnapshot("before", null, "planner");
        store.Insert(TestFeatures.RedLine("late", 0.2), "planner");

        Assert.Equal(["a"], store.ReadAllAsOf("red_line", snapshot.DataVersion).Select(f => f.Id));
        Assert.Equal(new Dictionary<string, long> { ["red_line"] = 1 }, store.CountAsOf(snapshot.DataVersion));
    }

    [Fact]
    public void AFeatureDeletedBeforeTheSnapshotIsNotInItEvenIfItCameBackLater()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.RedLine("a"), "planner");
        store.Delete("red_line", "a", "planner");
        var snapshot = store.CreateSnapshot("gap", null, "planner");
        store.Insert(TestFeatures.RedLine("a", 0.1), "planner");

        Assert.Empty(store.ReadAllAsOf("red_line", snapshot.DataVersion));
        Assert.Empty(store.CountAsOf(snapshot.DataVersion));
        Assert.Equal(3, Assert.Single(store.ReadAllAsOf("red_line", store.DataVersion)).Version);
    }

    [Fact]
    public void AsOfTheCurrentDataVersionTheHistoryGivesWhatTheTableHolds()
    {
        using var store = temp.Create();
        store.Import("red_line", TestFeatures.Candidates(
            TestFeatures.RedLine("a", 0, """{"name":"云台山","domain":"land","function":"biodiversity","审批":{"文号":"A-1"},"survey":null}"""),
            TestFeatures.RedLine("b", 0.2)));
        store.Update(TestFeatures.RedLine("b", 0.3, """{"domain":"marine","function":"coastal_stability","remarks":"moved"}"""), "planner");
        store.Insert(TestFeatures.RedLine("c", 0.4), "planner");
        store.Delete("red_line", "a", "planner");
        store.Insert(TestFeatures.RedLine("a", 0.5), "planner");

        var table = store.ReadAll("red_line").ToArray();
        var history = store.ReadAllAsOf("red_line", store.DataVersion).ToArray();

        Assert.Equal(table.Select(f => (f.Id, f.Version)), history.Select(f => (f.Id, f.Version)).OrderBy(f => Array.FindIndex(table, t => t.Id == f.Id)));
        foreach (var stored in table)
        {
            var then = history.Single(h => h.Id == stored.Id);
            Assert.True(stored.Feature.Geometry.EqualsExact(then.Feature.Geometry));
            Assert.Equal(stored.Feature.Properties.ToJsonString(), then.Feature.Properties.ToJsonString());
        }
    }

    [Fact]
    public void AsOfReadsKeepTheOrderFeaturesWereFirstInserted()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.RedLine("z"), "planner");
        store.Insert(TestFeatures.RedLine("m", 0.2), "planner");
        store.Update(TestFeatures.RedLine("z", 0.1), "planner");

        Assert.Equal(["z", "m"], store.ReadAllAsOf("red_line", store.DataVersion).Select(f => f.Id));
    }

    [Fact]
    public void AFeatureOgr2ogrAppendedHasNoHistoryAndTheSnapshotSaysItLacksIt()
    {
        using (var store = temp.Create())
            store.Insert(TestFeatures.RedLine("ours"), "planner");
        string input = temp.File("gdal.geojson");
        File.WriteAllText(input, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"from-qgis","domain":"land","function":"other"},
             "geometry":{"type":"Polygon","coordinates":[[[119.5,34.5],[119.6,34.5],[119.6,34.6],[119.5,34.5]]]}}]}
            """);
        Gdal.Ok("ogr2ogr", "-append", "-f", "GPKG", temp.Path, input, "-nln", "red_line", "-nlt", "MULTIPOLYGON");

        using var reopened = temp.Open();
        Assert.Equal(["from-qgis"], reopened.UntrackedFeatures("red_line"));
        var snapshot = reopened.CreateSnapshot("with-gap", null, "planner");
        Assert.Equal(["from-qgis"], snapshot.Untracked["red_line"]);
        Assert.Equal(["from-qgis"], reopened.FindSnapshot("with-gap")!.Untracked["red_line"]);
        Assert.Equal(["ours"], reopened.ReadAllAsOf("red_line", snapshot.DataVersion).Select(f => f.Id));

        // Saved again through EcoSpace, it has a history, and the next snapshot holds it.
        var gdalFeature = reopened.Get("red_line", "from-qgis")!;
        reopened.Update(gdalFeature.Feature, "planner");
        Assert.Empty(reopened.UntrackedFeatures("red_line"));
        Assert.Empty(reopened.CreateSnapshot("complete", null, "planner").Untracked);
    }

    [Fact]
    public void AGeometryChangedByAnotherToolIsUntrackedToo()
    {
        using (var store = temp.Create())
        {
            store.Insert(TestFeatures.RedLine("a"), "planner");
            store.Insert(TestFeatures.RedLine("b", 0.2), "planner");
        }
        // What an edit in QGIS does: a new geometry blob, the version column untouched. Through GDAL,
        // which provides the SQL functions the R-tree triggers call.
        Gdal.Ok("ogrinfo", temp.Path, "-sql", "UPDATE red_line SET geom = (SELECT geom FROM red_line WHERE id = 'b') WHERE id = 'a'");

        using var reopened = temp.Open();
        Assert.Equal(1, reopened.Get("red_line", "a")!.Version);
        Assert.Equal(["a"], reopened.UntrackedFeatures("red_line"));
    }
}
