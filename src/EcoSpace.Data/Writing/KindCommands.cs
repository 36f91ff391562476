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
    private readonly RawStatement find, insert, update, delete, any;
    private readonly RawStatement? rtreeInsert;

    public KindCommands(KindTable table, SqliteConnection connection, SqliteTransaction transaction, bool bulk)
    {
        this.table = table;
        this.connection = connection;
        this.transaction = transaction;
        if (bulk)
        {
            Execute(connection, transaction, $"DROP TRIGGER IF EXISTS {Sql.Quote(RtreeDdl.InsertTriggerName(table.Name, KindTable.Geom))}");
            rtreeInsert = new RawStatement(connection, $"INSERT INTO {Sql.Quote(table.RtreeName)} VALUES (?1, ?2, ?3, ?4, ?5)");
        }

        // Positional parameters: ?1 fid, ?2 geom, ?3 id, then the properties, extra_props, version.
        string t = Sql.Quote(table.Name);
        var columns = table.Properties.Select(p => Sql.Quote(p.Name)).ToArray();
        var properties = Enumerable.Range(0, columns.Length).Select(i => $"?{4 + i}").ToArray();
        string extra = $"?{4 + columns.Length}", version = $"?{5 + columns.Length}";

        find = new RawStatement(connection,
            $"SELECT fid, version, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM {t} WHERE id = ?1");
        insert = new RawStatement(connection,
            $"INSERT INTO {t} (fid, geom, id, {string.Join(", ", columns)}, extra_props, version) " +
            $"VALUES (?1, ?2, ?3, {string.Join(", ", properties)}, {extra}, {version})");
        update = new RawStatement(connection,
            $"UPDATE {t} SET geom = ?2, {string.Join(", ", columns.Select((c, i) => $"{c} = {properties[i]}"))}, " +
            $"extra_props = {extra}, version = {version} WHERE fid = ?1");
        delete = new RawStatement(connection, $"DELETE FROM {t} WHERE fid = ?1");
        any = new RawStatement(connection, $"SELECT 1 FROM {t} LIMIT 1");
    }

    public ExistingRow? Find(string id)
    {
        find.Bind(1, id);
        try
        {
            if (!find.Read())
                return null;
            var envelope = find.IsNull(2) ? null : new Envelope(find.Double(2), find.Double(3), find.Double(4), find.Double(5));
            return new ExistingRow(find.Int64(0), find.Int64(1), envelope);
        }
        finally
        {
            find.Reset();
        }
    }

    /// <summary>Whether the table has any row.</summary>
    public bool Any()
    {
        try
        {
            return any.Read();
        }
        finally
        {
            any.Reset();
        }
    }

    public void Insert(long fid, string id, byte[] geom, Envelope envelope, object?[] values, string? extraJson, long version)
    {
        insert.Bind(1, fid);
        insert.Bind(2, geom);
        insert.Bind(3, id);
        BindTail(insert, values, extraJson, version);
        insert.Execute();
        if (rtreeInsert is not null && !envelope.IsNull)
        {
            rtreeInsert.Bind(1, fid);
            rtreeInsert.Bind(2, envelope.MinX);
            rtreeInsert.Bind(3, envelope.MaxX);
            rtreeInsert.Bind(4, envelope.MinY);
            rtreeInsert.Bind(5, envelope.MaxY);
            rtreeInsert.Execute();
        }
    }

    /// <summary>Puts the RTree insert trigger back after a bulk session; nothing to do otherwise.</summary>
    public void RestoreTrigger()
    {
        if (rtreeInsert is null)
            return;
        Execute(connection, transaction, RtreeDdl.InsertTrigger(table.Name, KindTable.Geom, KindTable.Fid));
    }

    public void Update(long fid, byte[] geom, object?[] values, string? extraJson, long version)
    {
        update.Bind(1, fid);
        update.Bind(2, geom);
        // ?3 (id) is not used by the update.
        BindTail(update, values, extraJson, version);
        update.Execute();
    }

    public void Delete(long fid)
    {
        delete.Bind(1, fid);
        delete.Execute();
    }

    public void Dispose()
    {
        find.Dispose();
        insert.Dispose();
        update.Dispose();
        delete.Dispose();
        any.Dispose();
        rtreeInsert?.Dispose();
    }

    private static void BindTail(RawStatement statement, object?[] values, string? extraJson, long version)
    {
        for (int i = 0; i < values.Length; i++)
            statement.BindValue(4 + i, values[i]);
        statement.Bind(4 + values.Length, extraJson);
        statement.Bind(5 + values.Length, version);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
