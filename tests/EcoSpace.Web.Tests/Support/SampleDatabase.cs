using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Import;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;

namespace EcoSpace.Web.Tests.Support;

/// <summary>
/// A project GeoPackage in its own folder, loaded from the sample in <c>layers/</c> as
/// <c>ecospace init --sample</c> loads it (every kind's file through the GeoJSON reader and the
/// store's import); removed afterwards. Every test owns one.
/// </summary>
public sealed class SampleDatabase : IDisposable
{
    private readonly Cli.Tests.Support.TempDir dir = new();

    public SampleDatabase(bool empty = false)
    {
        Path = dir.File("project.gpkg");
        using var store = FeatureStore.Create(Path);
        if (empty)
            return;
        foreach (var kind in KindCatalog.Names)
        {
            var file = System.IO.Path.Combine(TestRepository.Layers, kind + ".geojson");
            using var stream = System.IO.File.OpenRead(file);
            var result = store.Import(kind, GeoJsonReader.Read(stream, kind), new ImportOptions { User = "sample" });
            if (!result.Committed)
                throw new InvalidOperationException($"{file}: {string.Join("; ", result.Errors.Take(3))}");
        }
    }

    public string Path { get; }

    public string Folder => dir.Path;

    public string File(string name) => dir.File(name);

    public FeatureStore Open() => FeatureStore.Open(Path);

    /// <summary>Feature counts of layers/*.geojson, read straight from the files.</summary>
    public static IReadOnlyDictionary<string, int> LayerFileCounts { get; } = KindCatalog.Names.ToDictionary(k => k,
        k => System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(TestRepository.Layers, k + ".geojson")))!["features"]!.AsArray().Count);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        dir.Dispose();
    }
}
