using EcoSpace.Core.Validation;
using EcoSpace.Data.Editing;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>Single-feature edits: validation, ids, and optimistic concurrency on the version.</summary>
public sealed class EditTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void InsertStoresVersionOne()
    {
        using var store = temp.Create();

        var result = store.Insert(TestFeatures.Shoreline("a"), "planner");

        Assert.Equal((EditStatus.Done, "a", 1L), (result.Status, result.Id, result.Version));
        Assert.Equal(1, store.Get("shoreline", "a")!.Version);
    }

    [Fact]
    public void InsertWithoutIdAssignsOne()
    {
        using var store = temp.Create();

        var result = store.Insert(TestFeatures.RedLine(""), "planner");

        Assert.Equal("red_line-1", result.Id);
        Assert.NotNull(store.Get("red_line", "red_line-1"));
    }

    [Fact]
    public void InsertOfAStoredIdIsRefused()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.Shoreline("a"), "planner");

        var result = store.Insert(TestFeatures.Shoreline("a", 1), "planner");

        Assert.Equal((EditStatus.AlreadyExists, 1L), (result.Status, result.Version));
        Assert.Equal(1, store.DataVersion);
    }

    [Fact]
    public void AnInvalidFeatureIsRefusedWithItsIssues()
    {
        using var store = temp.Create();

        var result = store.Insert(TestFeatures.Shoreline("a", 0, """{"mainland":"yes"}"""), "planner");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.PropertyType && i.Property == "mainland");
        Assert.Contains("must be true or false", result.Message);
        Assert.Null(store.Get("shoreline", "a"));
    }

    [Fact]
    public void UpdateWithTheCurrentVersionWritesTheNextOne()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.Shoreline("a"), "planner");

        var result = store.Update(TestFeatures.Shoreline("a", 0, """{"class":"bedrock","mainland":true}"""), "planner", expectedVersion: 1);

        Assert.Equal((EditStatus.Done, 2L), (result.Status, result.Version));
        Assert.Equal("bedrock", store.Get("shoreline", "a")!.Feature.Text("class"));
    }

    [Fact]
    public void UpdateWithAStaleVersionIsAMismatchAndWritesNothing()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.Shoreline("a"), "planner");
        store.Update(TestFeatures.Shoreline("a", 1), "someone else");

        var result = store.Update(TestFeatures.Shoreline("a", 2), "planner", expectedVersion: 1);

        Assert.Equal((EditStatus.VersionMismatch, 2L), (result.Status, result.Version));
        Assert.Contains("at version 2", result.Message);
        Assert.Equal(119.30 + 1, store.Get("shoreline", "a")!.Feature.Geometry.Coordinates[0].X, 9);
        Assert.Equal(2, store.DataVersion);
    }

    [Fact]
    public void UpdateOfAMissingFeatureIsNotFound()
    {
        using var store = temp.Create();

        Assert.Equal(EditStatus.NotFound, store.Update(TestFeatures.Shoreline("nope"), "planner").Status);
        Assert.Equal(EditStatus.NotFound, store.Delete("shoreline", "nope", "planner").Status);
    }

    [Fact]
    public void DeleteChecksTheVersionToo()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.Shoreline("a"), "planner");

        Assert.Equal(EditStatus.VersionMismatch, store.Delete("shoreline", "a", "planner", expectedVersion: 7).Status);
        var deleted = store.Delete("shoreline", "a", "planner", expectedVersion: 1);

        Assert.Equal((EditStatus.Done, 2L), (deleted.Status, deleted.Version));
        Assert.Null(store.Get("shoreline", "a"));
    }

    [Fact]
    public void VersionsNeverRepeatWhenAnIdComesBackAfterADelete()
    {
        using var store = temp.Create();
        store.Insert(TestFeatures.Shoreline("a"), "planner");
        store.Delete("shoreline", "a", "planner");

        var again = store.Insert(TestFeatures.Shoreline("a", 1), "planner");

        Assert.Equal(3, again.Version);
        Assert.Equal([1L, 2L, 3L], store.History("shoreline", "a").Select(h => h.Version));
    }

    [Fact]
    public void AnUnknownKindNamesTheKinds()
    {
        using var store = temp.Create();

        var error = Assert.Throws<Core.Schema.UnknownKindException>(() => store.Get("coastline", "a"));
        Assert.Contains("shoreline", error.Message);
    }
}
