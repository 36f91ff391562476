using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EcoSpace.Core.Overlay;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;

namespace EcoSpace.Benchmarks;

/// <summary>
/// The same-kind overlap check on the 34 DCW provinces (issue 4's correctness case and benchmark):
/// time of <see cref="Overlaps.Within"/>, cold and warm, and every pair against
/// data/expected/china-provinces-dcw-overlaps.jsonl (shapely + pyproj), 1e-6 relative or 1 m².
/// </summary>
internal static class ProvinceOverlaps
{
    public static int Run()
    {
        string file = Path.Combine(TestRepository.SharedData, "perf", "china-provinces-dcw.geojson");
        var clock = Stopwatch.StartNew();
        using var stream = File.OpenRead(file);
        var provinces = GeoJsonReader.Read(stream, "admin_region").Select(c => c.Feature!).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {provinces.Length} provinces in {clock.Elapsed.TotalMilliseconds:F0} ms"));

        clock.Restart();
        var result = Overlaps.Within(provinces);
        double coldMs = clock.Elapsed.TotalMilliseconds;
        var warm = new double[5];
        for (int i = 0; i < warm.Length; i++)
        {
            clock.Restart();
            Overlaps.Within(provinces);
            warm[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(warm);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"overlaps: {result.Overlaps.Count} pairs, {result.SliversDropped} slivers dropped; cold {coldMs:F0} ms, warm {warm[warm.Length / 2]:F0} ms (validity checked inside)"));
        clock.Restart();
        var repaired = provinces.AsParallel().AsOrdered()
            .Select(p => Core.Validation.GeometryChecks.IsValid(p.Geometry) ? p : p with { Geometry = PolygonRepair.Repair(p.Geometry) })
            .ToArray();
        double validityMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        Overlaps.Within(repaired, new OverlapOptions { RepairInvalid = false });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"split: validity (and repair) of every province (all cores) {validityMs:F0} ms, overlaps given the validity {clock.Elapsed.TotalMilliseconds:F0} ms"));
        foreach (var warning in result.Warnings)
            Console.WriteLine($"warning: {warning}");

        string Name(Core.Features.EcoFeature f) => f.Text("name") ?? f.Id;
        var got = result.Overlaps.ToDictionary(o => Key(Name(o.A), Name(o.B)), o => o.AreaSquareMeters ?? 0);
        int failures = 0;
        var expectedFile = Path.Combine(TestRepository.SharedData, "expected", "china-provinces-dcw-overlaps.jsonl");
        var expected = File.ReadLines(expectedFile).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => Key(e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!), e => e.GetProperty("overlap_m2").GetDouble());
        foreach (var (pair, area) in expected)
        {
            if (!got.TryGetValue(pair, out double mine))
            {
                Console.WriteLine($"missing: {pair} {area} m²");
                failures++;
            }
            else if (Math.Abs(mine - area) > Math.Max(1.0, 1e-6 * area))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"off: {pair} {mine} m², expected {area} m²"));
                failures++;
            }
        }
        foreach (var pair in got.Keys.Except(expected.Keys))
        {
            Console.WriteLine($"extra: {pair} {got[pair]} m²");
            failures++;
        }
        Console.WriteLine($"{expected.Count} expected pairs, {failures} problems");
        return failures == 0 ? 0 : 2;
    }

    private static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} | {b}" : $"{b} | {a}";
}
