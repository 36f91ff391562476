using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>The data version counts committed writes; ratio results record it.</summary>
public sealed class DataVersionTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void EveryCommittedWriteAddsOneAndNothingElseDoes()
    {
        using var store = temp.Create();
        Assert.Equal(0, store.DataVersion);

        var imported = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 1)));
        Assert.Equal((1L, 1L), (imported.DataVersion, store.DataVersion));

        store.Update(TestFeatures.Shoreline("a", 2), "t");
        store.Update(TestFeatures.Shoreline("a", 3), "t", expectedVersion: 1);
        store.Insert(TestFeatures.Shoreline("a"), "t");
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a")));
        Assert.Equal(2, store.DataVersion);

        store.Delete("shoreline", "b", "t");
        Assert.Equal(3, store.DataVersion);
    }

    [Fact]
    public void TwoStoresOnOneFileSeeEachOthersWrites()
    {
        using var planner = temp.Create();
        using var supervisor = temp.Open();
        planner.Insert(TestFeatures.Shoreline("a"), "planner");

        var seen = supervisor.Get("shoreline", "a");
        planner.Update(TestFeatures.Shoreline("a", 1), "planner", expectedVersion: 1);
        var late = supervisor.Update(TestFeatures.Shoreline("a", 2), "supervisor", expectedVersion: seen!.Version);

        Assert.Equal(Editing.EditStatus.VersionMismatch, late.Status);
        Assert.Equal(2, supervisor.DataVersion);
    }
}
