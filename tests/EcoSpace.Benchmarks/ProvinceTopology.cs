using System.Diagnostics;
using System.Globalization;
using EcoSpace.Core.Overlay;
using EcoSpace.Core.Topology;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;

namespace EcoSpace.Benchmarks;

/// <summary>
/// <see cref="TopologyCheck"/> on the 34 DCW provinces: the time of each part (validity, duplicates,
/// overlaps), cold and warm (median of 3), beside <see cref="Overlaps.Within"/> alone, which checks
/// validity itself.
/// </summary>
internal static class ProvinceTopology
{
    public static int Run()
    {
        string file = Path.Combine(TestRepository.SharedData, "perf", "china-provinces-dcw.geojson");
        using var stream = File.OpenRead(file);
        var provinces = GeoJsonReader.Read(stream, "admin_region").Select(c => c.Feature!).ToArray();

        var runs = new List<TopologyTimings>();
        var totals = new List<double>();
        TopologyResult? result = null;
        for (int i = 0; i < 4; i++)
        {
            var clock = Stopwatch.StartNew();
            result = TopologyCheck.Run(provinces);
            totals.Add(clock.Elapsed.TotalSeconds);
            runs.Add(result.Timings);
            Print(i == 0 ? "cold" : $"warm {i}", result.Timings, totals[^1]);
        }
        Console.WriteLine($"{result!.Invalid.Count} invalid, {result.Overlaps.Count} overlaps, {result.Duplicates.Count} duplicates, {result.SliversDropped} slivers");

        var within = Stopwatch.StartNew();
        Overlaps.Within(provinces);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Overlaps.Within alone (validity checked inside): {within.Elapsed.TotalSeconds:F2} s; {Environment.ProcessorCount} cores"));
        return 0;
    }

    private static void Print(string label, TopologyTimings t, double total) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: validity {t.Validity.TotalSeconds:F2} s, duplicates {t.Duplicates.TotalSeconds:F3} s, overlaps {t.Overlaps.TotalSeconds:F2} s, total {total:F2} s"));
}
