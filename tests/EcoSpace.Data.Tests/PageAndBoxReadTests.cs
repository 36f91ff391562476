using EcoSpace.Data.Tests.Support;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Tests;

/// <summary>The reads the web API pages with: counts, pages in fid order, R-tree box reads, a layer's last change, vertex counts.</summary>
public sealed class PageAndBoxReadTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void PagesFollowInsertionOrderAndCoverTheLayerOnce()
    {
        using var store = temp.Create();
        var features = Enumerable.Range(0, 25).Select(i => TestFeatures.Shoreline($"s-{i:D2}", offset: i * 0.01)).ToArray();
        store.Import("shoreline", TestFeatures.Candidates(features));

        Assert.Equal(25, store.Count("shoreline"));
        var pages = new[] { store.ReadPage("shoreline", 0, 10), store.ReadPage("shoreline", 10, 10), store.ReadPage("shoreline", 20, 10) };
        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        Assert.Equal(features.Select(f => f.Id), pages.SelectMany(p => p).Select(s => s.Id));
        Assert.Empty(store.ReadPage("shoreline", 25, 10));
    }

    [Fact]
    public void ABoxReadFindsTheFeaturesWhoseEnvelopeMeetsIt()
    {
        using var store = temp.Create();
        // Segments 0.2° apart: each spans 0.1° of longitude from 119.30 + offset.
        store.Import("shoreline", TestFeatures.Candidates(Enumerable.Range(0, 5).Select(i => TestFeatures.Shoreline($"s-{i}", offset: i * 0.2)).ToArray()));

        var found = store.ReadOverlapping("shoreline", new Envelope(119.55, 119.75, 34.8, 35.1)).Select(s => s.Id).ToArray();

        Assert.Equal(["s-1", "s-2"], found);
        Assert.Empty(store.ReadOverlapping("shoreline", new Envelope(100, 101, 20, 21)));
    }

    [Fact]
    public void TheLastChangeOfALayerMovesOnlyWithWritesToIt()
    {
        using var store = temp.Create();
        Assert.Equal(0, store.LastChange("shoreline"));
        store.Insert(TestFeatures.Shoreline("a"), "planner");
        long afterInsert = store.LastChange("shoreline");
        Assert.Equal(store.DataVersion, afterInsert);

        store.Insert(TestFeatures.RedLine("r"), "planner");
        Assert.Equal(afterInsert, store.LastChange("shoreline"));

        store.Delete("shoreline", "a", "planner");
        Assert.Equal(store.DataVersion, store.LastChange("shoreline"));
    }

    [Fact]
    public void VertexCountCountsEveryStoredVertex()
    {
        using var store = temp.Create();
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 0.5)));
        store.Insert(TestFeatures.RedLine("r"), "planner");

        Assert.Equal(6, store.VertexCount("shoreline"));
        Assert.Equal(5, store.VertexCount("red_line"));
        Assert.Equal(0, store.VertexCount("bay"));
    }

    [Fact]
    public void ANestedReadSnapshotJoinsTheOuterOne()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.Shoreline("a"), "planner");
        using (store.ReadSnapshot())
        {
            using (store.ReadSnapshot())
                Assert.Equal(1, store.Count("shoreline"));
            Assert.Equal(1, store.Count("shoreline"));
        }
        // Both ended: the store writes again.
        Assert.Equal(Editing.EditStatus.Done, store.Insert(TestFeatures.Shoreline("b", 0.5), "planner").Status);
    }
}
