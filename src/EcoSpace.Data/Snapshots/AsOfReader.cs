using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Snapshots;

/// <summary>
/// A kind's features as they were at a data version, from ecospace_history alone: for each feature id
/// the newest version written at or before that data version, unless that version is a delete. One
/// SELECT with a window function over the history's (kind, feature_id, version) index.
/// </summary>
internal static class AsOfReader
{
    // The newest version per id among the rows written by then (those matching the filter);
    // first_seq keeps the order features were first inserted in, which is the fid order of a current read.
    private static string NewestRows(string filter) => $"""
        SELECT kind, feature_id, version, operation, geom, properties,
               row_number() OVER (PARTITION BY kind, feature_id ORDER BY version DESC) AS newest,
               min(seq) OVER (PARTITION BY kind, feature_id) AS first_seq
        FROM {HistoryRow.Table}
        WHERE {filter}
        """;

    public static IEnumerable<StoredFeature> ReadAll(SqliteConnection connection, KindTable table, long dataVersion)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT feature_id, version, geom, properties FROM ({NewestRows("kind = $kind AND data_version <= $version")})
            WHERE newest = 1 AND operation <> 'delete'
            ORDER BY first_seq
            """;
        command.Parameters.AddWithValue("$kind", table.Name);
        command.Parameters.AddWithValue("$version", dataVersion);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string id = reader.GetString(0);
            // Other tools may have stored a NULL geometry; an empty geometry keeps EcoFeature non-null.
            var geometry = reader.IsDBNull(2)
                ? Cgcs2000.Factory.CreateGeometryCollection()
                : GeoPackageBinary.Read(reader.GetFieldValue<byte[]>(2));
            var properties = reader.IsDBNull(3) ? [] : JsonNode.Parse(reader.GetString(3)) as JsonObject ?? [];
            yield return new StoredFeature(new EcoFeature(id, table.Name, geometry, properties), reader.GetInt64(1));
        }
    }

    /// <summary>How many features each kind had at the data version (kinds without any are left out).</summary>
    public static IReadOnlyDictionary<string, long> Count(SqliteConnection connection, long dataVersion)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT kind, count(*) FROM ({NewestRows("data_version <= $version")}) WHERE newest = 1 AND operation <> 'delete' GROUP BY kind";
        command.Parameters.AddWithValue("$version", dataVersion);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
            counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }
}
