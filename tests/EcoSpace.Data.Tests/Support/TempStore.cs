using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Tests.Support;

/// <summary>A fresh directory per test, with the path for its store file; deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ecospace-data-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "store.gpkg");
    }

    public string Directory { get; }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Directory, name);

    public FeatureStore Create() => FeatureStore.Create(Path);

    public FeatureStore Open() => FeatureStore.Open(Path);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A tool still holding the file must not fail the test; the OS temp cleaner gets it.
        }
    }
}
