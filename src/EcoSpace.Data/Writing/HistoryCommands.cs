using EcoSpace.Data.History;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Writing;

/// <summary>Prepared statements on ecospace_history, in the write transaction.</summary>
internal sealed class HistoryCommands : IDisposable
{
    private readonly SqliteCommand append, lastVersion;

    public HistoryCommands(SqliteConnection connection, SqliteTransaction transaction)
    {
        append = KindCommands.Command(connection, transaction,
            $"INSERT INTO {HistoryRow.Table} (data_version, kind, feature_id, version, operation, \"user\", at, geom, properties) " +
            "VALUES ($dv, $kind, $id, $version, $op, $user, $at, $geom, $props)",
            "$dv", "$kind", "$id", "$version", "$op", "$user", "$at", "$geom", "$props");
        lastVersion = KindCommands.Command(connection, transaction,
            $"SELECT max(version) FROM {HistoryRow.Table} WHERE kind = $kind AND feature_id = $id", "$kind", "$id");
    }

    /// <summary>The highest version the id ever had in the kind (it may have been deleted since), or 0.</summary>
    public long LastVersion(string kind, string id)
    {
        lastVersion.Parameters[0].Value = kind;
        lastVersion.Parameters[1].Value = id;
        return lastVersion.ExecuteScalar() is long version ? version : 0;
    }

    public void Append(long dataVersion, string kind, string id, long version, HistoryOperation operation,
        string user, string at, byte[]? geom, string? properties)
    {
        var p = append.Parameters;
        p[0].Value = dataVersion;
        p[1].Value = kind;
        p[2].Value = id;
        p[3].Value = version;
        p[4].Value = HistoryOperations.ToText(operation);
        p[5].Value = user;
        p[6].Value = at;
        p[7].Value = (object?)geom ?? DBNull.Value;
        p[8].Value = (object?)properties ?? DBNull.Value;
        append.ExecuteNonQuery();
    }

    public void Dispose()
    {
        append.Dispose();
        lastVersion.Dispose();
    }
}
