using EcoSpace.Data.History;
using System.Globalization;
using EcoSpace.Data.Meta;
using EcoSpace.Data.Settings;
using EcoSpace.Data.Snapshots;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Database;

/// <summary>
/// Brings a store written by an older EcoSpace up to <see cref="StoreSchema.Version"/> when it is
/// opened, in one transaction: either the whole step is done or the file is as it was.
/// </summary>
internal static class StoreMigration
{
    public static void Run(SqliteConnection connection, string path)
    {
        if (SchemaVersion(connection, null) >= StoreSchema.Version)
            return;
        StoreBusyException.Translate(path, () =>
        {
            // BEGIN IMMEDIATE (the default here) takes the write lock first; the version is read again
            // under it, because another process opening the same old store may have migrated it meanwhile.
            using var transaction = connection.BeginTransaction();
            int version = SchemaVersion(connection, transaction);
            if (version >= StoreSchema.Version)
                return true;
            if (version < 2)
            {
                foreach (var sql in SettingsDdl.Statements())
                    StoreConnection.Execute(connection, sql, transaction);
            }
            if (version < 3)
            {
                foreach (var sql in SnapshotsDdl.Statements())
                    StoreConnection.Execute(connection, sql, transaction);
            }
            if (version < 4)
            {
                foreach (var sql in HistoryDdl.ImmutabilityTriggers())
                    StoreConnection.Execute(connection, sql, transaction);
            }
            StoreConnection.Execute(connection,
                $"UPDATE {MetaEntry.Table} SET value = '{StoreSchema.Version}' WHERE key = '{MetaEntry.SchemaVersionKey}'", transaction);
            transaction.Commit();
            return true;
        });
    }

    private static int SchemaVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT value FROM {MetaEntry.Table} WHERE key = '{MetaEntry.SchemaVersionKey}'";
        return int.Parse((string)command.ExecuteScalar()!, CultureInfo.InvariantCulture);
    }
}
