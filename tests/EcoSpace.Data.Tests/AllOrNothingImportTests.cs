using EcoSpace.Core.Validation;
using EcoSpace.Data.History;
using EcoSpace.Data.Import;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>An import with any error stores nothing, unless SkipInvalid; ids decide insert vs replace.</summary>
public sealed class AllOrNothingImportTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    private static Core.Features.EcoFeature BadClass(string id) =>
        TestFeatures.Shoreline(id, 0.5, """{"class":"granite","mainland":true}""");

    [Fact]
    public void AFailedImportLeavesTheFileByteForByteUnchanged()
    {
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a")));
        string before = FileHash.Sha256(temp.Path);

        ImportResult result;
        using (var store = temp.Open())
        {
            // Enough features to spill pages to the WAL before the error is found.
            var good = Enumerable.Range(0, 8000).Select(i => TestFeatures.Shoreline($"g{i}", i * 0.0001));
            result = store.Import("shoreline", TestFeatures.Candidates([.. good, BadClass("bad")]));
        }

        Assert.False(result.Committed);
        Assert.Equal(before, FileHash.Sha256(temp.Path));
        Assert.False(File.Exists(temp.Path + "-wal"));
    }

    [Fact]
    public void AFailedImportListsEveryErrorWithWhereItIs()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", TestFeatures.Candidates(
            TestFeatures.Shoreline("ok"), BadClass("b1"), TestFeatures.Shoreline("ok2", 1), BadClass("b2"), TestFeatures.RedLine("poly")));

        Assert.False(result.Committed);
        Assert.Equal((0, 0), (result.Inserted, result.Replaced));
        Assert.Equal(3, result.ErrorCount);
        Assert.Equal([1, 3, 4], result.Errors.Select(e => e.Index));
        Assert.Equal("feature #1 (id \"b1\", line 2)", result.Errors[0].Where);
        Assert.Contains("'class' has value 'granite'", result.Errors[0].Message);
        Assert.Equal(IssueCodes.GeometryType, result.Errors[2].Issue.Code);
        Assert.Empty(store.ReadAll("shoreline"));
        Assert.Equal(0, store.DataVersion);
    }

    [Fact]
    public void TheErrorListIsCappedButTheCountIsExact()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", TestFeatures.Candidates(Enumerable.Range(0, 30).Select(i => BadClass($"b{i}")).ToArray()),
            new ImportOptions { MaxListed = 10 });

        Assert.Equal(10, result.Errors.Count);
        Assert.Equal(30, result.ErrorCount);
    }

    [Fact]
    public void ReaderErrorsAndMissingFeaturesFailTheImport()
    {
        using var store = temp.Create();
        var readerError = ValidationIssue.Error("json_syntax", "unexpected end of input");

        var result = store.Import("shoreline", [
            TestFeatures.Candidate(0, TestFeatures.Shoreline("a")),
            new Core.Features.FeatureCandidate(1, 7, "nogeom", null, [ValidationIssue.Error("geometry_null", "geometry is null")]),
            TestFeatures.Candidate(2, TestFeatures.Shoreline("c", 1), readerError),
            new Core.Features.FeatureCandidate(3, 9, null, null, []),
        ]);

        Assert.False(result.Committed);
        Assert.Equal(["geometry_null", "json_syntax", StoreIssueCodes.NoFeature], result.Errors.Select(e => e.Issue.Code));
        Assert.Equal("feature #1 (id \"nogeom\", line 7)", result.Errors[0].Where);
    }

    [Fact]
    public void SkipInvalidStoresTheRestAndListsTheSkipped()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("ok"), BadClass("b1"), TestFeatures.Shoreline("ok2", 1)),
            new ImportOptions { SkipInvalid = true });

        Assert.True(result.Committed);
        Assert.Equal((2, 1), (result.Inserted, result.Skipped));
        var skipped = Assert.Single(result.SkippedFeatures);
        Assert.Equal((1, "b1"), (skipped.Index, skipped.Id));
        Assert.Contains("granite", skipped.Reason);
        Assert.Empty(result.Errors);
        Assert.Equal(["ok", "ok2"], store.ReadAll("shoreline").Select(f => f.Id));
    }

    [Fact]
    public void AnIdAlreadyStoredIsAnErrorWithoutReplace()
    {
        using var store = temp.Create();
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a")));

        var result = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a", 1)));

        Assert.False(result.Committed);
        Assert.Equal(StoreIssueCodes.IdExists, Assert.Single(result.Errors).Issue.Code);
        Assert.Equal(1, store.Get("shoreline", "a")!.Version);
    }

    [Fact]
    public void AnIdTwiceInTheInputIsAnErrorEvenWithReplace()
    {
        using var store = temp.Create();

        var result = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("a", 1)),
            new ImportOptions { Replace = true });

        Assert.False(result.Committed);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, StoreIssueCodes.IdDuplicate), (error.Index, error.Issue.Code));
        Assert.Contains("first by feature #0", error.Message);
    }

    [Fact]
    public void ReplaceOverwritesAndRecordsReplaceInTheHistory()
    {
        using var store = temp.Create();
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 1)), new ImportOptions { User = "first" });

        var result = store.Import("shoreline",
            TestFeatures.Candidates(TestFeatures.Shoreline("a", 2, """{"class":"muddy","mainland":false}"""), TestFeatures.Shoreline("c", 3)),
            new ImportOptions { Replace = true, User = "second" });

        Assert.True(result.Committed);
        Assert.Equal((1, 1), (result.Inserted, result.Replaced));
        var a = store.Get("shoreline", "a")!;
        Assert.Equal((2L, "muddy"), (a.Version, a.Feature.Text("class")));
        var history = store.History("shoreline", "a");
        Assert.Equal([HistoryOperation.Insert, HistoryOperation.Replace], history.Select(h => h.Operation));
        Assert.Equal("second", history[1].User);
        Assert.Equal("sandy", history[1].Before!.Text("class"));
        Assert.Equal(["a", "b", "c"], store.ReadAll("shoreline").Select(f => f.Id));
    }

    [Fact]
    public void ADryRunChecksAgainstTheStoreAndCountsButWritesNothing()
    {
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a")));
        string before = FileHash.Sha256(temp.Path);

        ImportResult clean, clash;
        using (var store = temp.Open())
        {
            clean = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a", 1), TestFeatures.Shoreline("b", 2)),
                new ImportOptions { DryRun = true, Replace = true });
            clash = store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a", 1)), new ImportOptions { DryRun = true });
        }

        Assert.False(clean.Committed);
        Assert.Equal((1, 1, 0), (clean.Inserted, clean.Replaced, clean.ErrorCount));
        Assert.Equal(StoreIssueCodes.IdExists, Assert.Single(clash.Errors).Issue.Code);
        Assert.Equal(before, FileHash.Sha256(temp.Path));
    }
}
