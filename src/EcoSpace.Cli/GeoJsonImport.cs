using EcoSpace.Data;
using EcoSpace.Data.Import;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Cli;

/// <summary>
/// A GeoJSON file through the store's import, for <c>import</c>, <c>validate</c> and the sample: a
/// file that cannot be read at all becomes an <see cref="InputFileException"/> naming it.
/// </summary>
public static class GeoJsonImport
{
    public static ImportResult Run(FeatureStore store, string file, Stream stream, string kind, ImportOptions options)
    {
        try
        {
            return store.Import(kind, GeoJsonReader.Read(stream, kind), options);
        }
        catch (GeoJsonException e)
        {
            throw new InputFileException($"'{file}': {e.Message}; nothing was imported", e);
        }
    }

    /// <summary>Removes a GeoPackage and the WAL files SQLite keeps beside it.</summary>
    public static void DeleteStoreFiles(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
    }
}
