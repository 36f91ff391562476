using EcoSpace.Data.Database;
using EcoSpace.Data.Meta;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data;

/// <summary>
/// The EcoSpace store: one GeoPackage file with a feature table per kind, read through EF Core,
/// written through one path that records every version in ecospace_history. Not thread-safe:
/// use one instance per unit of work (it is cheap to open). Dispose closes the file.
/// </summary>
public sealed partial class FeatureStore : IDisposable
{
    private readonly SqliteConnection connection;
    private EcoSpaceDbContext? _db;

    private FeatureStore(string path, SqliteConnection connection)
    {
        Path = path;
        this.connection = connection;
    }

    public string Path { get; }

    // Made on first use: loading EF Core costs about 80 ms, which commands that only read whole
    // layers (measure, report, export) never need to pay.
    private EcoSpaceDbContext db => _db ??= new EcoSpaceDbContext(connection);

    /// <summary>Creates a new, empty store; an existing file is an error unless <paramref name="overwrite"/>.</summary>
    /// <exception cref="StoreFileException">The file exists, or cannot be written.</exception>
    public static FeatureStore Create(string path, bool overwrite = false)
    {
        StoreFile.Create(path, overwrite);
        return Open(path);
    }

    /// <summary>Opens an existing store. Reads only, unless the file is not in WAL mode yet or has an older schema.</summary>
    /// <exception cref="StoreFileException">Missing, not a GeoPackage, corrupt or not an EcoSpace store.</exception>
    /// <exception cref="StoreSchemaVersionException">Written by a newer EcoSpace.</exception>
    public static FeatureStore Open(string path)
    {
        if (!File.Exists(path))
            throw new StoreFileException(path, "does not exist");
        SqliteConnection connection;
        try
        {
            connection = StoreConnection.Open(path, create: false);
        }
        catch (SqliteException e)
        {
            throw new StoreFileException(path, $"cannot be opened (SQLite says: {e.Message})", e);
        }

        try
        {
            StoreFile.Check(connection, path);
            if (!string.Equals(StoreConnection.Scalar<string>(connection, "PRAGMA journal_mode"), "wal", StringComparison.OrdinalIgnoreCase))
                StoreConnection.Execute(connection, "PRAGMA journal_mode = WAL");
            // WAL with synchronous=NORMAL: commits no longer wait for an fsync of the WAL; checkpoints
            // still sync. A power cut can lose the last commits but never corrupts the file (SQLite's
            // recommended setting for WAL). Per connection, not stored in the file.
            StoreConnection.Execute(connection, "PRAGMA synchronous = NORMAL");
            StoreMigration.Run(connection, path);
            return new FeatureStore(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Counts committed writes: +1 per import or edit that changed anything. Results computed on the data record it.</summary>
    public long DataVersion => MetaValues.DataVersion(connection);

    public void Dispose()
    {
        _db?.Dispose();
        connection.Dispose();
    }
}
