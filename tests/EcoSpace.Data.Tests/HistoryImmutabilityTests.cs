using EcoSpace.Data.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Tests;

/// <summary>Snapshots rebuild the past from ecospace_history, so no tool may rewrite it.</summary>
public class HistoryImmutabilityTests
{
    [Theory]
    [InlineData("UPDATE ecospace_history SET properties = '{}'")]
    [InlineData("DELETE FROM ecospace_history")]
    public void PlainSqlCannotRewriteTheHistory(string sql)
    {
        using var temp = new TempStore();
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("s-1")));

        var error = Assert.Throws<SqliteException>(() => RawSql.Execute(temp.Path, sql));
        Assert.Contains("append-only", error.Message);
    }

    [Fact]
    public void AStoreOfSchemaThreeGainsTheTriggersWhenOpened()
    {
        using var temp = new TempStore();
        using (temp.Create()) { }
        RawSql.Execute(temp.Path, """
            DROP TRIGGER ecospace_history_no_update;
            DROP TRIGGER ecospace_history_no_delete;
            UPDATE ecospace_meta SET value = '3' WHERE key = 'schema_version';
            """);

        using (temp.Open()) { }

        Assert.Equal(2L, RawSql.Scalar(temp.Path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ecospace_history'"));
    }
}
