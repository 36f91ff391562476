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
        yield return CoreTablesDdl.RegisterAttributes(HistoryRow.Table,
            "EcoSpace edit history: every version of every feature (GeoPackage geometry blob + properties JSON)");
    }
}
