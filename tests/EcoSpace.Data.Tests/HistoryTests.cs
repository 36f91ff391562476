using EcoSpace.Data.History;
using EcoSpace.Data.Import;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>Every write appends a version to ecospace_history, with who, when, and the state after.</summary>
public sealed class HistoryTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void EachOperationIsRecordedWithUserAndBeforeAndAfter()
    {
        using var store = temp.Create();
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a")), new ImportOptions { User = "importer" });
        store.Update(TestFeatures.Shoreline("a", 1, """{"class":"bedrock","mainland":true,"note":"surveyed"}"""), "planner");
        store.Delete("shoreline", "a", "supervisor");

        var history = store.History("shoreline", "a");

        Assert.Equal([HistoryOperation.Insert, HistoryOperation.Update, HistoryOperation.Delete], history.Select(h => h.Operation));
        Assert.Equal(["importer", "planner", "supervisor"], history.Select(h => h.User));
        Assert.Equal([1L, 2L, 3L], history.Select(h => h.Version));
        Assert.Equal([1L, 2L, 3L], history.Select(h => h.DataVersion));
        Assert.All(history, h => Assert.InRange(h.At, started, DateTimeOffset.UtcNow.AddSeconds(1)));

        Assert.Null(history[0].Before);
        Assert.Equal("sandy", history[0].After!.Text("class"));
        Assert.Same(history[0].After, history[1].Before);
        Assert.Equal("surveyed", history[1].After!.Text("note"));
        Assert.Equal(120.30, history[1].After!.Geometry.Coordinates[0].X, 9);
        Assert.Equal("bedrock", history[2].Before!.Text("class"));
        Assert.Null(history[2].After);
    }

    [Fact]
    public void EachStateIsStoredOnce()
    {
        using (var store = temp.Create())
        {
            store.Insert(TestFeatures.Shoreline("a"), "planner");
            store.Update(TestFeatures.Shoreline("a", 1), "planner");
            store.Delete("shoreline", "a", "planner");
        }

        var rows = RawSql.Rows(temp.Path, "SELECT operation, geom IS NULL, properties FROM ecospace_history ORDER BY seq");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["insert", "update", "delete"], rows.Select(r => (string)r[0]!));
        Assert.Equal([0L, 0L, 1L], rows.Select(r => (long)r[1]!));
        Assert.Equal("""{"class":"sandy","mainland":true}""", rows[0][2]);
    }

    [Fact]
    public void TheHistoryOfAnUnknownIdIsEmpty()
    {
        using var store = temp.Create();

        Assert.Empty(store.History("shoreline", "never"));
    }

    [Fact]
    public void AFailedImportRecordsNoHistory()
    {
        using var store = temp.Create();

        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("a", 1)));

        Assert.Empty(store.History("shoreline", "a"));
    }
}
