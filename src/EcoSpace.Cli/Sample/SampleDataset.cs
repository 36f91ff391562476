using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Import;

namespace EcoSpace.Cli.Sample;

/// <summary>
/// The Lianyungang sample in <c>layers/</c> (one <c>&lt;kind&gt;.geojson</c> per kind), copied beside
/// the executable by the build. A project is built from it in a temporary file that is moved into
/// place only when every layer imported, so a failure never leaves a half-made database.
/// </summary>
public static class SampleDataset
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "layers");

    /// <summary>Creates the database at <paramref name="databasePath"/> holding the sample; returns the counts per kind.</summary>
    public static IReadOnlyList<ImportResult> CreateDatabase(string databasePath, string user, bool overwrite)
    {
        if (File.Exists(databasePath) && !overwrite)
            throw new StoreFileException(databasePath, "already exists (use --force to replace it)");

        var staging = databasePath + $".creating-{Environment.ProcessId}";
        try
        {
            IReadOnlyList<ImportResult> results;
            using (var store = FeatureStore.Create(staging, overwrite: true))
                results = Load(store, user);
            File.Move(staging, databasePath, overwrite);
            return results;
        }
        finally
        {
            GeoJsonImport.DeleteStoreFiles(staging);
        }
    }

    private static IReadOnlyList<ImportResult> Load(FeatureStore store, string user)
    {
        var results = new List<ImportResult>();
        foreach (var kind in KindCatalog.Names)
        {
            var file = Path.Combine(Directory, kind + ".geojson");
            if (!File.Exists(file))
                continue;
            using var stream = InputFiles.OpenRead(file);
            var result = GeoJsonImport.Run(store, file, stream, kind, new ImportOptions { User = user });
            if (!result.Committed)
                throw new InputFileException($"sample layer '{file}' is invalid: {string.Join("; ", result.Errors.Take(3))}");
            results.Add(result);
        }
        return results;
    }
}
