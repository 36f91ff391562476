using System.Globalization;
using EcoSpace.Data.Database;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Meta;

/// <summary>
/// Reads the numbers kept in ecospace_meta (the write path sets them with SQL). Plain SQL rather
/// than EF Core: the data version is read by every result, and a read-only command that never
/// touches EF Core skips building its model (about 0.3 s at start).
/// </summary>
internal static class MetaValues
{
    public static long DataVersion(SqliteConnection connection) =>
        long.Parse(Read(connection, MetaEntry.DataVersionKey) ?? "0", CultureInfo.InvariantCulture);

    public static string? Read(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value FROM {MetaEntry.Table} WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }
}
