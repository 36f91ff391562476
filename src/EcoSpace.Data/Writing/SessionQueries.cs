using System.Globalization;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using EcoSpace.Data.Meta;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Writing;

/// <summary>The once-per-session statements of a write: data version, layer extents, next fid.</summary>
internal sealed class SessionQueries(SqliteConnection connection, SqliteTransaction transaction)
{
    public long DataVersion() => long.Parse(
        (string)Scalar($"SELECT value FROM {MetaEntry.Table} WHERE key = '{MetaEntry.DataVersionKey}'")!, CultureInfo.InvariantCulture);

    /// <summary>Sets the data version, and last_change of the history and meta tables in gpkg_contents.</summary>
    public void SetDataVersion(long version)
    {
        Execute($"UPDATE {MetaEntry.Table} SET value = $v WHERE key = '{MetaEntry.DataVersionKey}'", version.ToString(CultureInfo.InvariantCulture));
        Execute($"UPDATE {ContentsRow.Table} SET last_change = $v WHERE table_name IN ('{MetaEntry.Table}', '{HistoryRow.Table}')", UtcTimestamp.Now());
    }

    public Envelope? Extent(KindTable table) =>
        ReadEnvelope($"SELECT min_x, max_x, min_y, max_y FROM {ContentsRow.Table} WHERE table_name = $v", table.Name);

    /// <summary>The exact extent of every stored geometry (null when the layer is empty).</summary>
    public Envelope? ComputeExtent(KindTable table) => ReadEnvelope(
        $"SELECT min(ST_MinX(geom)), max(ST_MaxX(geom)), min(ST_MinY(geom)), max(ST_MaxY(geom)) FROM {Sql.Quote(table.Name)}", null);

    public void SetExtent(KindTable table, Envelope? extent)
    {
        using var command = Command(
            $"UPDATE {ContentsRow.Table} SET min_x = $minx, max_x = $maxx, min_y = $miny, max_y = $maxy, last_change = $now WHERE table_name = $name");
        command.Parameters.AddWithValue("$minx", (object?)extent?.MinX ?? DBNull.Value);
        command.Parameters.AddWithValue("$maxx", (object?)extent?.MaxX ?? DBNull.Value);
        command.Parameters.AddWithValue("$miny", (object?)extent?.MinY ?? DBNull.Value);
        command.Parameters.AddWithValue("$maxy", (object?)extent?.MaxY ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", UtcTimestamp.Now());
        command.Parameters.AddWithValue("$name", table.Name);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// fids are assigned by the store rather than by SQLite so that a missing id can be derived
    /// from the fid in the same INSERT; sqlite_sequence still keeps deleted fids from coming back.
    /// </summary>
    public long FirstFreeFid(KindTable table) => Convert.ToInt64(Scalar(
        $"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = $v), 0), coalesce((SELECT max(fid) FROM {Sql.Quote(table.Name)}), 0))",
        table.Name), CultureInfo.InvariantCulture) + 1;

    private Envelope? ReadEnvelope(string sql, string? value)
    {
        using var command = Command(sql, value);
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) && !reader.IsDBNull(1) && !reader.IsDBNull(2) && !reader.IsDBNull(3)
            ? new Envelope(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3))
            : null;
    }

    private object? Scalar(string sql, string? value = null)
    {
        using var command = Command(sql, value);
        return command.ExecuteScalar();
    }

    private void Execute(string sql, string value)
    {
        using var command = Command(sql, value);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, string? value = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        if (value is not null)
            command.Parameters.AddWithValue("$v", value);
        return command;
    }
}
