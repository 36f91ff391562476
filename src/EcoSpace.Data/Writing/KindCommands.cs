using EcoSpace.Data.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Writing;

/// <summary>
/// Prepared statements on one kind table, in the write transaction. With
/// <paramref name="bulk"/>, the RTree insert trigger is dropped for the transaction and each
/// insert adds its rtree row itself, from the envelope the caller already has: the trigger's four
/// calls back into .NET cost more than the rest of the row (about 25 µs against 8 µs). GDAL's
/// bulk loads defer the rtree the same way. <see cref="RestoreTrigger"/> puts it back before commit;
/// a rollback restores it anyway.
/// </summary>
internal sealed class KindCommands : IDisposable
{
    private readonly KindTable table;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand find, insert, update, delete;
    private readonly SqliteCommand? rtreeInsert;

    public KindCommands(KindTable table, SqliteConnection connection, SqliteTransaction transaction, bool bulk)
    {
        this.table = table;
        this.connection = connection;
        this.transaction = transaction;
        if (bulk)
        {
            using var drop = Command(connection, transaction, $"DROP TRIGGER IF EXISTS {Sql.Quote(RtreeDdl.InsertTriggerName(table.Name, KindTable.Geom))}");
            drop.ExecuteNonQuery();
            rtreeInsert = Command(connection, transaction,
                $"INSERT INTO {Sql.Quote(table.RtreeName)} VALUES ($fid, $minx, $maxx, $miny, $maxy)", "$fid", "$minx", "$maxx", "$miny", "$maxy");
        }

        string t = Sql.Quote(table.Name);
        var columns = table.Properties.Select(p => Sql.Quote(p.Name)).ToArray();
        var parameters = Enumerable.Range(0, columns.Length).Select(i => $"$p{i}").ToArray();

        find = Command(connection, transaction,
            $"SELECT fid, version, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM {t} WHERE id = $id", "$id");
        insert = Command(connection, transaction,
            $"INSERT INTO {t} (fid, geom, id, {string.Join(", ", columns)}, extra_props, version) " +
            $"VALUES ($fid, $geom, $id, {string.Join(", ", parameters)}, $extra, $version)",
            ["$fid", "$geom", "$id", .. parameters, "$extra", "$version"]);
        update = Command(connection, transaction,
            $"UPDATE {t} SET geom = $geom, {string.Join(", ", columns.Select((c, i) => $"{c} = {parameters[i]}"))}, " +
            "extra_props = $extra, version = $version WHERE fid = $fid",
            ["$fid", "$geom", .. parameters, "$extra", "$version"]);
        delete = Command(connection, transaction, $"DELETE FROM {t} WHERE fid = $fid", "$fid");
    }

    public ExistingRow? Find(string id)
    {
        find.Parameters[0].Value = id;
        using var reader = find.ExecuteReader();
        if (!reader.Read())
            return null;
        var envelope = reader.IsDBNull(2) ? null : new Envelope(reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5));
        return new ExistingRow(reader.GetInt64(0), reader.GetInt64(1), envelope);
    }

    public void Insert(long fid, string id, byte[] geom, Envelope envelope, object?[] values, string? extraJson, long version)
    {
        // Parameters as added in the constructor: $fid, $geom, $id, the properties, $extra, $version.
        insert.Parameters[0].Value = fid;
        insert.Parameters[1].Value = geom;
        insert.Parameters[2].Value = id;
        BindTail(insert, 3, values, extraJson, version);
        insert.ExecuteNonQuery();
        if (rtreeInsert is not null && !envelope.IsNull)
        {
            var p = rtreeInsert.Parameters;
            p[0].Value = fid;
            p[1].Value = envelope.MinX;
            p[2].Value = envelope.MaxX;
            p[3].Value = envelope.MinY;
            p[4].Value = envelope.MaxY;
            rtreeInsert.ExecuteNonQuery();
        }
    }

    /// <summary>Puts the RTree insert trigger back after a bulk session; nothing to do otherwise.</summary>
    public void RestoreTrigger()
    {
        if (rtreeInsert is null)
            return;
        using var create = Command(connection, transaction, RtreeDdl.InsertTrigger(table.Name, KindTable.Geom, KindTable.Fid));
        create.ExecuteNonQuery();
    }

    public void Update(long fid, byte[] geom, object?[] values, string? extraJson, long version)
    {
        // Parameters as added in the constructor: $fid, $geom, the properties, $extra, $version.
        update.Parameters[0].Value = fid;
        update.Parameters[1].Value = geom;
        BindTail(update, 2, values, extraJson, version);
        update.ExecuteNonQuery();
    }

    public void Delete(long fid)
    {
        delete.Parameters[0].Value = fid;
        delete.ExecuteNonQuery();
    }

    public void Dispose()
    {
        find.Dispose();
        insert.Dispose();
        update.Dispose();
        delete.Dispose();
        rtreeInsert?.Dispose();
    }

    private static void BindTail(SqliteCommand command, int first, object?[] values, string? extraJson, long version)
    {
        var parameters = command.Parameters;
        for (int i = 0; i < values.Length; i++)
            parameters[first + i].Value = values[i] ?? DBNull.Value;
        parameters[first + values.Length].Value = (object?)extraJson ?? DBNull.Value;
        parameters[first + values.Length + 1].Value = version;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }
}
