using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using EcoSpace.Data.Meta;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Database;

/// <summary>Creates an empty store file, and checks that an existing file is one this build can open.</summary>
internal static class StoreFile
{
    public const int PageSizeBytes = 16384;

    public static void Create(string path, bool overwrite)
    {
        if (File.Exists(path))
        {
            if (!overwrite)
                throw new StoreFileException(path, "already exists; pass overwrite to replace it");
            Delete(path);
        }

        try
        {
            using var connection = StoreConnection.Open(path, create: true);
            // The page size is fixed when the first page is written. 16 KB rather than SQLite's 4 KB:
            // geometry blobs are large (a coastline is megabytes), and a quarter of the overflow
            // pages made the 61 MB benchmark import 10% faster; an empty store is 1.1 MB instead of 0.3.
            StoreConnection.Execute(connection, $"PRAGMA page_size = {PageSizeBytes}");
            // journal_mode cannot change inside a transaction; it is stored in the file.
            StoreConnection.Execute(connection, "PRAGMA journal_mode = WAL");
            using var transaction = connection.BeginTransaction();
            StoreConnection.Execute(connection, $"PRAGMA application_id = {GeoPackageHeader.ApplicationId}", transaction);
            StoreConnection.Execute(connection, $"PRAGMA user_version = {GeoPackageHeader.UserVersion}", transaction);
            foreach (var sql in StoreDdl.Statements())
                StoreConnection.Execute(connection, sql, transaction);
            transaction.Commit();
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            Delete(path);
            throw new StoreFileException(path, $"cannot create the store: {e.Message}", e);
        }
    }

    /// <summary>Throws <see cref="StoreFileException"/> unless the file is an EcoSpace GeoPackage of a known schema.</summary>
    public static void Check(SqliteConnection connection, string path)
    {
        try
        {
            long applicationId = StoreConnection.Scalar<long>(connection, "PRAGMA application_id");
            if (applicationId != GeoPackageHeader.ApplicationId)
            {
                throw new StoreFileException(path,
                    $"not a GeoPackage (SQLite application_id is 0x{applicationId:X8}; a GeoPackage has 0x{GeoPackageHeader.ApplicationId:X8} 'GPKG')");
            }

            var tables = Tables(connection);
            if (!tables.Contains(MetaEntry.Table))
            {
                throw new StoreFileException(path,
                    $"a GeoPackage, but not an EcoSpace store (no {MetaEntry.Table} table); import its layers into a store instead");
            }

            string? versionText = StoreConnection.Scalar<string>(connection,
                $"SELECT value FROM {MetaEntry.Table} WHERE key = '{MetaEntry.SchemaVersionKey}'");
            if (!int.TryParse(versionText, out int version))
                throw new StoreFileException(path, $"{MetaEntry.Table} has no valid {MetaEntry.SchemaVersionKey} ('{versionText}')");
            if (version > StoreSchema.Version)
                throw new StoreSchemaVersionException(path, version);

            var missing = KindTable.All.Select(t => t.Name).Append(HistoryRow.Table).Where(t => !tables.Contains(t)).ToArray();
            if (missing.Length > 0)
                throw new StoreFileException(path, $"the store is damaged: table(s) {string.Join(", ", missing)} missing");
        }
        catch (SqliteException e)
        {
            throw new StoreFileException(path, $"not a readable GeoPackage (SQLite says: {e.Message})", e);
        }
    }

    private static HashSet<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    private static void Delete(string path)
    {
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            File.Delete(path + suffix);
    }
}
