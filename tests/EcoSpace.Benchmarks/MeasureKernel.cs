using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;

namespace EcoSpace.Benchmarks;

/// <summary>
/// The in-process speed of the shoreline ratio (issue 3: ≥ 5 million vertices per second per core,
/// 1 mm accuracy intact): the ratio over every line of a coast file, once cold (the first call in
/// the process, what a command pays) and then warm (median of 15 after 25 warm-up calls), on all
/// cores and on one (the same call inside a one-thread task scheduler is not possible for
/// Parallel.For, so "one core" is measured by pinning: run under <c>taskset -c 0</c>). Checks the
/// total against data/expected (pyproj) to 1 mm where a reference exists (the Asia file has none).
/// </summary>
internal static class MeasureKernel
{
    public static int Run(string[] files)
    {
        if (files.Length == 0)
        {
            files = [Path.Combine(TestRepository.SharedData, "perf", "east-china-coast-gshhg-full.geojson"),
                     Path.Combine(TestRepository.SharedData, "perf", "asia-coast-gshhg-full.geojson.gz")];
        }

        Console.WriteLine($"cores available: {Environment.ProcessorCount}");
        Console.WriteLine($"{"file",-40} {"vertices",10} {"cold ms",8} {"warm ms",8} {"M vert/s",9} {"per core",9} {"total m",18} {"vs oracle mm",13}");
        int failures = 0;
        foreach (var file in files)
        {
            var segments = Read(file);
            var inputs = new RatioInputs(segments, [], [], new Provenance(0, DateTimeOffset.UtcNow));
            long vertices = segments.Sum(s => (long)s.Geometry.NumPoints);

            var clock = Stopwatch.StartNew();
            var result = ShorelineRatio.Compute(inputs, IndicatorSettings.Defaults);
            double coldMs = clock.Elapsed.TotalMilliseconds;
            for (int i = 0; i < 25; i++)
                ShorelineRatio.Compute(inputs, IndicatorSettings.Defaults);
            var warm = new double[15];
            for (int i = 0; i < warm.Length; i++)
            {
                clock.Restart();
                ShorelineRatio.Compute(inputs, IndicatorSettings.Defaults);
                warm[i] = clock.Elapsed.TotalMilliseconds;
            }
            Array.Sort(warm);
            double warmMs = warm[warm.Length / 2];
            double rate = vertices / (warmMs / 1000) / 1e6;

            double expected = ExpectedTotalMeters(file);
            double errorMm = (result.DenominatorMeters - expected) * 1000;
            if (double.IsFinite(expected) && !(Math.Abs(errorMm) <= 1.0))
                failures++;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file),-40} {vertices,10} {coldMs,8:F1} {warmMs,8:F1} {rate,9:F2} {rate / Environment.ProcessorCount,9:F2} {result.DenominatorMeters,18:F3} {errorMm,13:F3}"));
        }
        Console.WriteLine("per core = warm rate / cores available; under `taskset -c 0` cores available is 1.");
        return failures == 0 ? 0 : 2;
    }

    private static IReadOnlyList<EcoSpace.Core.Features.EcoFeature> Read(string file)
    {
        using var raw = File.OpenRead(file);
        using Stream stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        return GeoJsonReader.Read(stream, "shoreline").Select(c => c.Feature!).ToArray();
    }

    /// <summary>The totals line of data/expected/&lt;stem&gt;.grs80.jsonl (pyproj).</summary>
    private static double ExpectedTotalMeters(string file)
    {
        string stem = Path.GetFileName(file).Split('.')[0];
        string expected = Path.Combine(TestRepository.SharedData, "expected", stem + ".grs80.jsonl");
        if (!File.Exists(expected))
            return double.NaN;
        var totals = JsonDocument.Parse(File.ReadLines(expected).Last()).RootElement;
        return totals.TryGetProperty("total_length_m", out var length) ? length.GetDouble() : double.NaN;
    }
}
