using EcoSpace.Data.Import;
using EcoSpace.Data.Tests.Support;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Tests;

public sealed class ImportTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void ImportKeepsIdsAndCountsInserts()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 1)));

        Assert.True(result.Committed);
        Assert.Equal((2, 2, 0, 0), (result.Read, result.Inserted, result.Replaced, result.Skipped));
        Assert.Equal(["a", "b"], store.ReadAll("shoreline").Select(f => f.Id));
        Assert.All(store.ReadAll("shoreline"), f => Assert.Equal(1, f.Version));
    }

    [Fact]
    public void AFeatureWithoutIdGetsKindDashFid()
    {
        using var store = temp.Create();
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a")));

        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline(""), TestFeatures.Shoreline("", 1)));

        Assert.Equal(["a", "shoreline-2", "shoreline-3"], store.ReadAll("shoreline").Select(f => f.Id));
    }

    [Fact]
    public void AnAssignedIdNeverClashesWithAUsersId()
    {
        using var store = temp.Create();
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("shoreline-2")));

        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("")));

        Assert.Equal(["shoreline-2", "shoreline-2-2"], store.ReadAll("shoreline").Select(f => f.Id));
    }

    [Fact]
    public void ALaterFeatureCannotTakeAnIdTheStoreAssignedInTheSameImport()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline(""), TestFeatures.Shoreline("shoreline-1", 1)));

        Assert.False(result.Committed);
        var error = Assert.Single(result.Errors);
        Assert.Equal(StoreIssueCodes.IdDuplicate, error.Issue.Code);
        Assert.Contains("assigned by the store to feature #0", error.Message);
    }

    [Fact]
    public void PolygonsAreStoredAsOnePartMultiPolygons()
    {
        using var store = temp.Create();

        store.Import("red_line", TestFeatures.Candidates(TestFeatures.RedLine("r")));

        var stored = store.Get("red_line", "r")!.Feature.Geometry;
        var multi = Assert.IsType<MultiPolygon>(stored);
        Assert.Equal(1, multi.NumGeometries);
        Assert.True(multi.GetGeometryN(0).EqualsExact(TestFeatures.RedLine("r").Geometry));
        Assert.Equal(4490, stored.SRID);
    }

    [Fact]
    public void TheTargetKindWinsOverTheFeaturesOwnKind()
    {
        using var store = temp.Create();

        var result = store.Import("river_bank", TestFeatures.Candidates(TestFeatures.Shoreline("x", 0, "{}")));

        Assert.True(result.Committed);
        Assert.Equal("river_bank", store.Get("river_bank", "x")!.Feature.Kind);
    }

    [Fact]
    public void ProgressIsReportedUpToTheCandidateCount()
    {
        using var store = temp.Create();
        var reports = new List<int>();

        store.Import("shoreline", TestFeatures.Candidates(Enumerable.Range(0, 600).Select(i => TestFeatures.Shoreline($"s{i}", i * 0.001)).ToArray()),
            new ImportOptions { Progress = new SynchronousProgress(reports.Add) });

        Assert.Equal([256, 512, 600], reports);
    }

    [Fact]
    public void WarningsAreListedWithWhereTheFeatureIs()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a", 0, "{}")));

        Assert.True(result.Committed);
        Assert.Equal(2, result.WarningCount);
        Assert.All(result.Warnings, w => Assert.StartsWith("feature #0 (id \"a\", line 1): warning [property_missing]", w.Message));
    }

    [Fact]
    public void AnImportThatStoresNothingLeavesTheDataVersion()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", []);

        Assert.True(result.Committed);
        Assert.Equal(0, result.DataVersion);
        Assert.Equal(0, store.DataVersion);
    }

    [Fact]
    public void CancellingRollsBack()
    {
        using var store = temp.Create();
        using var cancellation = new CancellationTokenSource();

        IEnumerable<Core.Features.FeatureCandidate> CancelAfterFirst()
        {
            yield return TestFeatures.Candidate(0, TestFeatures.Shoreline("a"));
            cancellation.Cancel();
            yield return TestFeatures.Candidate(1, TestFeatures.Shoreline("b", 1));
        }

        Assert.Throws<OperationCanceledException>(() => store.Import("shoreline", CancelAfterFirst(), cancellation: cancellation.Token));
        Assert.Empty(store.ReadAll("shoreline"));
        Assert.Equal(0, store.DataVersion);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
