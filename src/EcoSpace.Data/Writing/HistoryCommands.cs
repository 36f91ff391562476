using EcoSpace.Data.History;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Writing;

/// <summary>Prepared statements on ecospace_history, in the write transaction.</summary>
internal sealed class HistoryCommands : IDisposable
{
    private readonly RawStatement append, lastVersion, anyForKind;

    public HistoryCommands(SqliteConnection connection)
    {
        append = new RawStatement(connection,
            $"INSERT INTO {HistoryRow.Table} (data_version, kind, feature_id, version, operation, \"user\", at, geom, properties) " +
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        lastVersion = new RawStatement(connection,
            $"SELECT max(version) FROM {HistoryRow.Table} WHERE kind = ?1 AND feature_id = ?2");
        anyForKind = new RawStatement(connection, $"SELECT 1 FROM {HistoryRow.Table} WHERE kind = ?1 LIMIT 1");
    }

    /// <summary>The highest version the id ever had in the kind (it may have been deleted since), or 0.</summary>
    public long LastVersion(string kind, string id)
    {
        lastVersion.Bind(1, kind);
        lastVersion.Bind(2, id);
        try
        {
            return lastVersion.Read() && !lastVersion.IsNull(0) ? lastVersion.Int64(0) : 0;
        }
        finally
        {
            lastVersion.Reset();
        }
    }

    /// <summary>Whether any version of any feature of the kind was ever recorded.</summary>
    public bool AnyForKind(string kind)
    {
        anyForKind.Bind(1, kind);
        try
        {
            return anyForKind.Read();
        }
        finally
        {
            anyForKind.Reset();
        }
    }

    public void Append(long dataVersion, string kind, string id, long version, HistoryOperation operation,
        string user, string at, byte[]? geom, string? properties)
    {
        append.Bind(1, dataVersion);
        append.Bind(2, kind);
        append.Bind(3, id);
        append.Bind(4, version);
        append.Bind(5, HistoryOperations.ToText(operation));
        append.Bind(6, user);
        append.Bind(7, at);
        append.Bind(8, geom);
        append.Bind(9, properties);
        append.Execute();
    }

    public void Dispose()
    {
        append.Dispose();
        lastVersion.Dispose();
        anyForKind.Dispose();
    }
}
