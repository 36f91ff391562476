using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.Snapshots;

/// <summary>
/// ecospace_snapshots: one row per named snapshot. A snapshot copies no feature: it is the data
/// version at its creation, and the history (ecospace_history) gives every feature as it was then.
/// Rows are immutable: triggers refuse UPDATE and DELETE, so a tag always means the same state.
/// <c>untracked</c> lists, as JSON {kind: [ids]}, the features that had no matching history row when
/// the snapshot was taken (written by another tool): the snapshot cannot contain them.
/// </summary>
internal static class SnapshotsDdl
{
    public const string Table = "ecospace_snapshots";

    public static IEnumerable<string> Statements()
    {
        yield return $"""
            CREATE TABLE {Table} (
              id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              tag TEXT NOT NULL UNIQUE COLLATE NOCASE,
              note TEXT,
              "user" TEXT NOT NULL,
              at TEXT NOT NULL,
              data_version INTEGER NOT NULL,
              untracked TEXT)
            """;
        yield return $"""
            CREATE TRIGGER {Table}_no_update BEFORE UPDATE ON {Table}
            BEGIN SELECT RAISE(ABORT, 'EcoSpace snapshots are immutable'); END
            """;
        yield return $"""
            CREATE TRIGGER {Table}_no_delete BEFORE DELETE ON {Table}
            BEGIN SELECT RAISE(ABORT, 'EcoSpace snapshots are immutable'); END
            """;
        yield return CoreTablesDdl.RegisterAttributes(Table,
            "EcoSpace snapshots: a tag for the data version of a moment; the features come from ecospace_history (immutable)");
    }
}
