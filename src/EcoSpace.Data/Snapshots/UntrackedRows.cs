using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Snapshots;

/// <summary>
/// Features whose stored state the history does not hold: rows another tool (QGIS, ogr2ogr) inserted,
/// which have no history at all, or whose geometry it changed, which no longer match the history row of
/// their version. A snapshot or as-of read, built on the history, cannot see those states. A change of
/// properties alone by another tool is not detected (the history keeps them as JSON, the table as columns).
/// </summary>
internal static class UntrackedRows
{
    public static IReadOnlyList<string> Ids(SqliteConnection connection, KindTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT t.{KindTable.Id} FROM {Sql.Quote(table.Name)} t
            WHERE NOT EXISTS (
              SELECT 1 FROM {HistoryRow.Table} h
              WHERE h.kind = $kind AND h.feature_id = t.{KindTable.Id} AND h.version = t.{KindTable.Version}
                AND h.operation <> 'delete' AND h.geom IS t.{KindTable.Geom})
            ORDER BY t.{KindTable.Fid}
            """;
        command.Parameters.AddWithValue("$kind", table.Name);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }
}
