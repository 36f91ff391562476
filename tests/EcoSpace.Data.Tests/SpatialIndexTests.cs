using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>The RTree extension's index must follow every write, bulk or single.</summary>
public sealed class SpatialIndexTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    private List<(long Fid, double MinX, double MaxX, double MinY, double MaxY)> Rtree() =>
        RawSql.Rows(temp.Path, "SELECT id, minx, maxx, miny, maxy FROM rtree_shoreline_geom ORDER BY id")
            .Select(r => ((long)r[0]!, (double)r[1]!, (double)r[2]!, (double)r[3]!, (double)r[4]!)).ToList();

    [Fact]
    public void ImportFillsTheRtreeWithEachFeaturesBox()
    {
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 1)));

        var rtree = Rtree();
        Assert.Equal(2, rtree.Count);
        // rtree boxes are float32, rounded outwards.
        Assert.InRange(rtree[1].MinX, 120.30 - 1e-4, 120.30);
        Assert.InRange(rtree[1].MaxX, 120.40, 120.40 + 1e-4);
        Assert.InRange(rtree[1].MinY, 34.90 - 1e-4, 34.90);
        Assert.InRange(rtree[1].MaxY, 35.00, 35.00 + 1e-4);
    }

    [Fact]
    public void ImportPutsTheInsertTriggerBack()
    {
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a")));

        Assert.Equal(6L, RawSql.Scalar(temp.Path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_shoreline_geom_%'"));
        using var store2 = temp.Open();
        store2.Insert(TestFeatures.Shoreline("b", 2), "tester");
        store2.Dispose();
        Assert.Equal(2, Rtree().Count);
    }

    [Fact]
    public void SingleEditsKeepTheRtreeCurrent()
    {
        using (var store = temp.Create())
        {
            // The triggers call back into .NET: the registered functions must survive a collection.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            store.Insert(TestFeatures.Shoreline("a"), "tester");
            store.Insert(TestFeatures.Shoreline("b", 1), "tester");
            store.Update(TestFeatures.Shoreline("a", 5), "tester");
            store.Delete("shoreline", "b", "tester");
        }

        var only = Assert.Single(Rtree());
        Assert.InRange(only.MinX, 124.30 - 1e-4, 124.30);
    }

    [Fact]
    public void TheRtreeAnswersABoxQuery()
    {
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(Enumerable.Range(0, 50).Select(i => TestFeatures.Shoreline($"s{i}", i * 0.2)).ToArray()));

        var hits = RawSql.Rows(temp.Path,
            "SELECT s.id FROM shoreline s JOIN rtree_shoreline_geom r ON r.id = s.fid WHERE r.maxx >= 120.95 AND r.minx <= 121.15 ORDER BY s.fid");

        Assert.Equal(["s8", "s9"], hits.Select(h => (string)h[0]!));
    }
}
