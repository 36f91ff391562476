using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using EcoSpace.Data;
using EcoSpace.Data.Import;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;
using EcoSpace.Web.Hosting;
using EcoSpace.Web.Tiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NetTopologySuite.Geometries;

namespace EcoSpace.Benchmarks;

/// <summary>
/// Vector tiles of a big layer (issue 5: the 1.9 M-vertex Asia coast must stay smooth to pan and
/// zoom): the coast imported as a shoreline layer into a fresh store, then the one-off preparation
/// of the layer (read it back, rank every vertex for Douglas-Peucker), then tiles made cold (no tile
/// cache) at several zooms: the whole world at zoom 0-2, and at higher zooms tiles on the East China
/// coast (117-125 E, 28-38 N): those holding a vertex of the coast there, at most 48 per zoom evenly
/// spread along it, as a user panning along the coast meets them. Per zoom: tiles, features and
/// vertices per tile, mean / p95 / max milliseconds, mean and max kilobytes.
/// </summary>
internal static class VectorTiles
{
    private static readonly Envelope Coast = new(117, 125, 28, 38);
    private const int MaxTilesPerZoom = 48;

    public static int Run(string[] args)
    {
        string file = args.FirstOrDefault() ?? Path.Combine(TestRepository.SharedData, "perf", "asia-coast-gshhg-full.geojson.gz");
        string folder = Directory.CreateTempSubdirectory("ecospace-tiles-").FullName;
        try
        {
            string path = Path.Combine(folder, "tiles.gpkg");
            var clock = Stopwatch.StartNew();
            using (var store = FeatureStore.Create(path))
            using (var raw = File.OpenRead(file))
            using (Stream stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw)
            {
                var result = store.Import("shoreline", GeoJsonReader.Read(stream, "shoreline"), new ImportOptions { User = "benchmark" });
                Console.WriteLine($"imported {result.Inserted} lines of {Path.GetFileName(file)} in {clock.Elapsed.TotalSeconds:F2} s");
            }

            using var reader = FeatureStore.Open(path);
            clock.Restart();
            var layers = new TileLayers(new LayerStates());
            string key = layers.KeyOf(reader, "shoreline");
            var layer = layers.Get(reader, "shoreline", key);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"layer prepared (read {layer.Features.Count} features, {layer.Vertices} vertices, ranked) in {clock.Elapsed.TotalSeconds:F2} s, " +
                $"managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MiB"));

            Console.WriteLine($"{"zoom",4} {"tiles",6} {"feat/tile",10} {"vert/tile",10} {"mean ms",8} {"p95 ms",8} {"max ms",8} {"mean KB",8} {"max KB",8}");
            foreach (int z in new[] { 0, 2, 4, 6, 8, 10, 12, 14 })
                Zoom(layer, z);
            Console.WriteLine("cold: every tile made from the prepared layer; the server then serves it from its memory cache until the layer changes");
            Http(path, layer).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The same layer served over HTTP (Kestrel on 127.0.0.1, a fresh server): the first tile request
    /// (which prepares the layer), then the coast tiles of zooms 6-12 made on request, then again from
    /// the server's cache.
    /// </summary>
    private static async Task Http(string path, TileLayer layer)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.AddEcoSpace(o => o.Database = path);
        await using var app = builder.Build();
        app.UseEcoSpace();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var paths = new[] { 6, 8, 10, 12 }.SelectMany(z => TilesOver(layer, z).Select(t => $"/collections/shoreline/tiles/{z}/{t.X}/{t.Y}.pbf")).ToArray();

        var clock = Stopwatch.StartNew();
        await http.GetByteArrayAsync("/collections/shoreline/tiles/0/0/0.pbf");
        double firstMs = clock.Elapsed.TotalMilliseconds;
        double coldMs = await Fetch(http, paths), cachedMs = await Fetch(http, paths);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"over HTTP: first tile (prepares the layer) {firstMs:F0} ms; {paths.Length} coast tiles of zoom 6-12 made on request {coldMs / paths.Length:F2} ms each, from the cache {cachedMs / paths.Length:F2} ms each"));
        await app.StopAsync();
    }

    private static async Task<double> Fetch(HttpClient http, string[] paths)
    {
        var clock = Stopwatch.StartNew();
        foreach (var tile in paths)
            await http.GetByteArrayAsync(tile);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static void Zoom(TileLayer layer, int z)
    {
        var tiles = TilesOver(layer, z).ToArray();
        var times = new List<double>();
        var sizes = new List<int>();
        long features = 0, vertices = 0;
        // One tile first, untimed, so the JIT's first compile is not in the figures.
        TileBuilder.Build(layer, z, tiles[0].X, tiles[0].Y);
        foreach (var (x, y) in tiles)
        {
            var clock = Stopwatch.StartNew();
            var bytes = TileBuilder.Build(layer, z, x, y);
            times.Add(clock.Elapsed.TotalMilliseconds);
            sizes.Add(bytes.Length);
            var decoded = new NetTopologySuite.IO.VectorTiles.Mapbox.MapboxTileReader(new GeometryFactory())
                .Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z));
            features += decoded.Layers.Sum(l => l.Features.Count);
            vertices += decoded.Layers.Sum(l => l.Features.Sum(f => (long)f.Geometry.NumPoints));
        }
        times.Sort();
        double p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{z,4} {tiles.Length,6} {features / (double)tiles.Length,10:F0} {vertices / (double)tiles.Length,10:F0} {times.Average(),8:F1} {p95,8:F1} {times[^1],8:F1} {sizes.Average() / 1024,8:F1} {sizes.Max() / 1024.0,8:F1}"));
    }

    /// <summary>At zoom ≤ 2 every tile of the world; above, tiles holding coast vertices in the East China box, spread evenly.</summary>
    private static IEnumerable<(int X, int Y)> TilesOver(TileLayer layer, int z)
    {
        int n = 1 << z;
        if (z <= 2)
            return from x in Enumerable.Range(0, n) from y in Enumerable.Range(0, n) select (x, y);
        var onCoast = new List<(int X, int Y)>();
        var seen = new HashSet<(int, int)>();
        foreach (var feature in layer.Query(Coast))
        {
            foreach (var path in feature.Parts.SelectMany(p => p))
            {
                for (int i = 0; i < path.Lon.Length; i++)
                {
                    if (!Coast.Contains(path.Lon[i], path.Lat[i]))
                        continue;
                    var tile = ((int)(WebMercator.X(path.Lon[i]) * n), (int)(WebMercator.Y(path.Lat[i]) * n));
                    if (seen.Add(tile))
                        onCoast.Add(tile);
                }
            }
        }
        int step = Math.Max(1, onCoast.Count / MaxTilesPerZoom);
        return onCoast.Where((_, i) => i % step == 0).Take(MaxTilesPerZoom);
    }
}
