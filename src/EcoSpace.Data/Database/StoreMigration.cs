using System.Globalization;
using EcoSpace.Data.Meta;
using EcoSpace.Data.Settings;
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
        int version = int.Parse(StoreConnection.Scalar<string>(connection,
            $"SELECT value FROM {MetaEntry.Table} WHERE key = '{MetaEntry.SchemaVersionKey}'")!, CultureInfo.InvariantCulture);
        if (version >= StoreSchema.Version)
            return;
        StoreBusyException.Translate(path, () =>
        {
            using var transaction = connection.BeginTransaction();
            if (version < 2)
            {
                foreach (var sql in SettingsDdl.Statements())
                    StoreConnection.Execute(connection, sql, transaction);
            }
            StoreConnection.Execute(connection,
                $"UPDATE {MetaEntry.Table} SET value = '{StoreSchema.Version}' WHERE key = '{MetaEntry.SchemaVersionKey}'", transaction);
            transaction.Commit();
            return true;
        });
    }
}
