using System.Diagnostics;
using System.Globalization;
using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;

namespace EcoSpace.Benchmarks;

/// <summary>
/// The map's live conflict panel (issue 4): <see cref="ConflictCheck.ForFeature"/> for every
/// development feature and every red line of the sample (layers/*.geojson), warm (after
/// <see cref="WarmUp"/> of calls over all of them), each timed <see cref="TimedRounds"/> times;
/// median and max per kind against the 20 ms budget. Also times the full <see cref="ConflictCheck.Run"/>
/// and checks that each feature's incremental conflicts are the full run's conflicts involving it.
/// </summary>
internal static class ConflictsIncremental
{
    // Warm = tiered JIT done: methods reach tier 1 after 30 calls and a 100 ms quiet period, compiled on
    // a background thread that competes for the cores. Five rounds (110 calls, ~0.1 s) left that work
    // inside the timed rounds (10-35 ms outliers that DOTNET_TieredCompilation=0 removes), so warm up
    // for a few seconds instead.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private const int TimedRounds = 20;
    private const double BudgetMilliseconds = 20;

    public static int Run()
    {
        var features = ConflictInputs.Kinds.SelectMany(Read).ToArray();
        var inputs = ConflictInputs.From(features, new Provenance(0, DateTimeOffset.UtcNow));
        Console.WriteLine($"cores available: {Environment.ProcessorCount}; sample: {features.Length} features of {ConflictInputs.Kinds.Count} kinds, " +
            $"{features.Sum(f => f.Geometry.NumPoints)} vertices");

        var clock = Stopwatch.StartNew();
        var full = ConflictCheck.Run(inputs);
        double coldFull = clock.Elapsed.TotalMilliseconds;
        var fullWarm = new double[5];
        for (int i = 0; i < fullWarm.Length; i++)
        {
            clock.Restart();
            ConflictCheck.Run(inputs);
            fullWarm[i] = clock.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine(Text($"full run: {full.Conflicts.Count} conflicts, cold {coldFull:F1} ms, warm median {Median(fullWarm):F1} ms"));

        int failures = 0;
        var edited = inputs.Development.Concat(inputs.RedLines).ToArray();
        clock.Restart();
        ConflictCheck.ForFeature(edited[0], inputs);
        Console.WriteLine(Text($"first ForFeature call (after the full run): {clock.Elapsed.TotalMilliseconds:F1} ms"));
        foreach (var feature in edited)
        {
            var mine = ConflictCheck.ForFeature(feature, inputs).Conflicts.Select(Key).ToArray();
            var expected = full.Conflicts.Where(c => c.Involves(feature.Kind, feature.Id)).Select(Key).ToArray();
            if (!mine.SequenceEqual(expected))
            {
                Console.WriteLine($"differs from the full run: {feature.Kind} {feature.Id}: [{string.Join("; ", mine)}] vs [{string.Join("; ", expected)}]");
                failures++;
            }
        }

        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < WarmUp)
        {
            foreach (var feature in edited)
                ConflictCheck.ForFeature(feature, inputs);
            Thread.Sleep(10);
        }

        var times = edited.ToDictionary(f => f, _ => new List<double>());
        int collections = GC.CollectionCount(0);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (int round = 0; round < TimedRounds; round++)
        {
            foreach (var feature in edited)
            {
                clock.Restart();
                ConflictCheck.ForFeature(feature, inputs);
                times[feature].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        collections = GC.CollectionCount(0) - collections;
        double kilobytesPerCall = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / (TimedRounds * edited.Length);
        Console.WriteLine(Text($"ForFeature, warm, {TimedRounds} calls per feature ({kilobytesPerCall:F0} KiB allocated per call, {collections} gen-0 collections in all):"));
        Console.WriteLine($"  {"kind",-12} {"features",8} {"median ms",10} {"p95 ms",8} {"max ms",8}  slowest feature");
        foreach (var group in times.GroupBy(t => t.Key.Kind))
        {
            var all = group.SelectMany(t => t.Value).ToArray();
            var slowest = group.MaxBy(t => t.Value.Max());
            Console.WriteLine(Text($"  {group.Key,-12} {group.Count(),8} {Median(all),10:F3} {Percentile(all, 0.95),8:F3} {all.Max(),8:F3}  {slowest.Key.Id} (median {Median(slowest.Value.ToArray()):F3})"));
        }
        var calls = times.Values.SelectMany(t => t).ToArray();
        double max = calls.Max();
        bool withinBudget = max <= BudgetMilliseconds;
        int over = calls.Count(t => t > BudgetMilliseconds);
        Console.WriteLine(Text($"max {max:F3} ms: {(withinBudget ? "within" : "OVER")} the {BudgetMilliseconds} ms budget ({over} of {calls.Length} calls over); {failures} feature(s) differ from the full run"));
        Console.WriteLine($"load average: {LoadAverage()} (figures above 1 per core mean other processes shared the cores)");
        return failures == 0 && withinBudget ? 0 : 2;
    }

    private static IEnumerable<EcoFeature> Read(string kind)
    {
        using var stream = File.OpenRead(Path.Combine(TestRepository.Layers, kind + ".geojson"));
        return GeoJsonReader.Read(stream, kind).Select(c => c.Feature!).ToArray();
    }

    private static string Key(Conflict c) => Text($"{c.Rule} {c.AId} {c.BId} {c.Severity} {c.AreaSquareMeters ?? c.LengthMeters:R}");

    private static double Median(double[] values) => Percentile(values, 0.5);

    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
