using EcoSpace.Data.Meta;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>Schema 3 added ecospace_snapshots; a store of schema 2 gains it, empty, when first opened.</summary>
public sealed class SnapshotMigrationTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void AStoreOfSchemaTwoGainsTheSnapshotsTableWhenOpenedAndKeepsItsFeatures()
    {
        using (var store = temp.Create())
            store.Insert(TestFeatures.RedLine("a"), "planner");
        // Make the file what EcoSpace wrote before snapshots existed.
        RawSql.Execute(temp.Path, """
            DROP TABLE ecospace_snapshots;
            DELETE FROM gpkg_contents WHERE table_name = 'ecospace_snapshots';
            UPDATE ecospace_meta SET value = '2' WHERE key = 'schema_version';
            """);

        using (var store = temp.Open())
        {
            Assert.Empty(store.Snapshots());
            var snapshot = store.CreateSnapshot("after-upgrade", null, "planner");
            Assert.Equal(["a"], store.ReadAllAsOf("red_line", snapshot.DataVersion).Select(f => f.Id));
        }
        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RawSql.Scalar(temp.Path, "SELECT value FROM ecospace_meta WHERE key = 'schema_version'"));
        Assert.Equal("attributes", RawSql.Scalar(temp.Path, "SELECT data_type FROM gpkg_contents WHERE table_name = 'ecospace_snapshots'"));
        Assert.Equal(2L, RawSql.Scalar(temp.Path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ecospace_snapshots'"));
    }
}
