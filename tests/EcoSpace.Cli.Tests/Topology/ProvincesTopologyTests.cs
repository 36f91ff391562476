using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;
using Xunit.Abstractions;

namespace EcoSpace.Cli.Tests.Topology;

/// <summary>
/// Issue 4's correctness case on real data: the 34 DCW provinces (904 275 vertices, Guangxi not
/// valid) imported as one admin_region layer with --allow-invalid. The same-kind overlaps must be
/// the 70 pairs of expected/china-provinces-dcw-overlaps.jsonl (shapely + pyproj, by name) with
/// areas within 1e-6 relative or 1 m², and Guangxi invalid near 108.8151 E 21.7107 N. Slow-ish
/// (29 MB imported and checked): one test, which prints its times.
/// </summary>
public class ProvincesTopologyTests(ITestOutputHelper output)
{
    [Fact]
    public void TheProvincesOverlapByTheExpectedSeventyPairsAndGuangxiIsInvalid()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var clock = Stopwatch.StartNew();
        var import = Ecospace.Run("--db", db, "import", Path.Combine(RepoPaths.SharedData, "perf", "china-provinces-dcw.geojson"),
            "--kind", "admin_region", "--allow-invalid", "--json");
        var importTime = clock.Elapsed;
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal(34, JsonNode.Parse(import.Stdout)!["inserted"]!.GetValue<int>());

        clock.Restart();
        var check = Ecospace.Run("--db", db, "check", "topology", "--kind", "admin_region", "--json", "--timings");
        output.WriteLine($"import {importTime.TotalSeconds:F1} s, check topology {clock.Elapsed.TotalSeconds:F1} s; {check.Stderr.Trim()}");
        Assert.True(check.ExitCode == 0, check.ToString());

        var provinces = JsonNode.Parse(check.Stdout)!["kinds"]!["admin_region"]!;
        var found = provinces["overlaps"]!.AsArray().ToDictionary(
            o => Pair(o!["names"]![0]!.GetValue<string>(), o["names"]![1]!.GetValue<string>()),
            o => o!["area_m2"]!.GetValue<double>());
        var expected = File.ReadLines(Path.Combine(RepoPaths.SharedData, "expected", "china-provinces-dcw-overlaps.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => Pair(e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!), e => e.GetProperty("overlap_m2").GetDouble());

        Assert.Equal(70, expected.Count);
        Assert.Equal(expected.Keys.Order(), found.Keys.Order());
        var off = expected.Where(e => Math.Abs(found[e.Key] - e.Value) > Math.Max(1.0, 1e-6 * e.Value))
            .Select(e => $"{e.Key}: {found[e.Key]} m², expected {e.Value} m²").ToArray();
        Assert.True(off.Length == 0, string.Join("\n", off));

        var guangxi = Assert.Single(provinces["invalid"]!.AsArray())!;
        Assert.Equal("Guangxi", guangxi["name"]!.GetValue<string>());
        Assert.Equal(108.8151, guangxi["location"]![0]!.GetValue<double>(), 4);
        Assert.Equal(21.7107, guangxi["location"]![1]!.GetValue<double>(), 4);
        Assert.Empty(provinces["duplicates"]!.AsArray());
    }

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} | {b}" : $"{b} | {a}";
}
