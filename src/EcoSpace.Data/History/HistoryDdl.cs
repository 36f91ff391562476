using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.History;

internal static class HistoryDdl
{
    public static IEnumerable<string> Statements()
    {
        yield return $"""
            CREATE TABLE {HistoryRow.Table} (
              seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              data_version INTEGER NOT NULL,
              kind TEXT NOT NULL,
              feature_id TEXT NOT NULL,
              version INTEGER NOT NULL,
              operation TEXT NOT NULL CHECK (operation IN ('insert', 'replace', 'update', 'delete')),
              "user" TEXT NOT NULL,
              at TEXT NOT NULL,
              geom BLOB,
              properties TEXT,
              UNIQUE (kind, feature_id, version))
            """;
        yield return $"CREATE INDEX {HistoryRow.Table}_data_version ON {HistoryRow.Table} (data_version)";
        foreach (var sql in ImmutabilityTriggers())
            yield return sql;
        yield return CoreTablesDdl.RegisterAttributes(HistoryRow.Table,
            "EcoSpace edit history: every version of every feature (GeoPackage geometry blob + properties JSON)");
    }

    /// <summary>
    /// History rows are never changed or removed, by EcoSpace or by any tool writing the file with
    /// SQL: snapshots and audits rebuild the past from them, so an edited row would silently change
    /// what an approved baseline means.
    /// </summary>
    public static IEnumerable<string> ImmutabilityTriggers()
    {
        yield return $"""
            CREATE TRIGGER IF NOT EXISTS {HistoryRow.Table}_no_update BEFORE UPDATE ON {HistoryRow.Table}
            BEGIN SELECT RAISE(ABORT, 'EcoSpace history is append-only'); END
            """;
        yield return $"""
            CREATE TRIGGER IF NOT EXISTS {HistoryRow.Table}_no_delete BEFORE DELETE ON {HistoryRow.Table}
            BEGIN SELECT RAISE(ABORT, 'EcoSpace history is append-only'); END
            """;
    }
}
