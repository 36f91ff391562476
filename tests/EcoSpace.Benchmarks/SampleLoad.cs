using System.Diagnostics;
using System.Globalization;
using System.Net;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Import;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;
using EcoSpace.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EcoSpace.Benchmarks;

/// <summary>
/// The map's first load on the sample (issue 5: interactive within 1 s): the real server (Kestrel on
/// 127.0.0.1) over a fresh store of layers/, and a client that asks what the page asks at start:
/// /collections, then every layer's items, six requests at a time (a browser's limit per host).
/// The first round is cold (JIT, EF Core's model, SQLite's page cache); then the median of 10.
/// </summary>
internal static class SampleLoad
{
    public static async Task<int> Run()
    {
        string folder = Directory.CreateTempSubdirectory("ecospace-load-").FullName;
        try
        {
            string path = Path.Combine(folder, "sample.gpkg");
            using (var store = FeatureStore.Create(path))
            {
                foreach (var kind in KindCatalog.Names)
                {
                    using var stream = File.OpenRead(Path.Combine(TestRepository.Layers, kind + ".geojson"));
                    store.Import(kind, GeoJsonReader.Read(stream, kind), new ImportOptions { User = "benchmark" });
                }
            }

            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.AddEcoSpace(o => o.Database = path);
            await using var app = builder.Build();
            app.UseEcoSpace();
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

            var (coldMs, coldBytes) = await Load(http);
            var warm = new List<double>();
            for (int i = 0; i < 10; i++)
                warm.Add((await Load(http)).Ms);
            warm.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sample first load: /collections + {KindCatalog.Names.Count} layers' items, {coldBytes / 1024.0:F0} KB: cold {coldMs:F0} ms, warm median {warm[warm.Count / 2]:F1} ms (max {warm[^1]:F1})"));
            await app.StopAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double Ms, long Bytes)> Load(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        long bytes = (await http.GetByteArrayAsync("/collections")).Length;
        using var gate = new SemaphoreSlim(6);
        var layers = KindCatalog.Names.Select(async kind =>
        {
            await gate.WaitAsync();
            try
            {
                return (long)(await http.GetByteArrayAsync($"/collections/{kind}/items")).Length;
            }
            finally
            {
                gate.Release();
            }
        });
        bytes += (await Task.WhenAll(layers)).Sum();
        return (clock.Elapsed.TotalMilliseconds, bytes);
    }
}
