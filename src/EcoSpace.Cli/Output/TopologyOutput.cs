using System.Globalization;
using EcoSpace.Core.Features;
using EcoSpace.Core.Overlay;
using EcoSpace.Core.Topology;
using NetTopologySuite.Geometries;

namespace EcoSpace.Cli.Output;

/// <summary><c>check topology</c> as a summary line and a table per kind, and as the --json document.</summary>
public static class TopologyOutput
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(TopologyReport report)
    {
        if (report.Kinds.Count == 0)
            Console.Out.WriteLine("no layer has features: nothing to check");
        foreach (var kind in report.Kinds)
            PrintKind(kind);
        Console.Out.WriteLine(string.Create(Invariant,
            $"severity error (DOMAIN.md §4); geodesic on {report.Options.Ellipsoid.Name}; slivers below {report.Options.SliverAreaSquareMeters} m² " +
            $"or {report.Options.SliverLengthMeters} m dropped; data version {report.DataVersion}"));
    }

    private static void PrintKind(KindTopology kind)
    {
        var r = kind.Result;
        Console.Out.WriteLine(string.Create(Invariant,
            $"{kind.Kind}: {kind.Features} features, {r.Invalid.Count} invalid, {r.Overlaps.Count} overlaps, {r.Duplicates.Count} duplicates, " +
            $"{r.SliversDropped} slivers dropped"));
        if (r.ProblemCount > 0)
        {
            bool areal = r.Overlaps.Any(o => o.AreaSquareMeters is not null) || r.Duplicates.Any(d => d.AreaSquareMeters is not null);
            var table = new TextTable("problem", "ids", "names", areal ? "area m²" : "length m", "lon", "lat").AlignRight(3).AlignRight(4).AlignRight(5);
            foreach (var i in r.Invalid)
                table.Add($"invalid: {i.Problem}", i.Feature.Id, Name(i.Feature) ?? "", "–", Degrees(i.Location?.X), Degrees(i.Location?.Y));
            foreach (var o in r.Overlaps)
                table.Add("overlap", Ids(o.A, o.B), Names(o.A, o.B), Size(o.AreaSquareMeters, o.LengthMeters), Degrees(o.Location.X), Degrees(o.Location.Y));
            foreach (var d in r.Duplicates)
                table.Add($"duplicate ({d.Match.ToString().ToLowerInvariant()})", Ids(d.A, d.B), Names(d.A, d.B),
                    Size(d.AreaSquareMeters, d.LengthMeters), Degrees(d.Location.X), Degrees(d.Location.Y));
            Console.Out.Write(table);
        }
        foreach (var warning in r.Warnings)
            Console.Out.WriteLine($"note: {warning}");
        Console.Out.WriteLine();
    }

    public static void PrintJson(TopologyReport report) => Json.Print(new
    {
        data_version = report.DataVersion,
        computed_at = report.ComputedAt,
        ellipsoid = report.Options.Ellipsoid.Name,
        sliver_area_m2 = report.Options.SliverAreaSquareMeters,
        sliver_length_m = report.Options.SliverLengthMeters,
        kinds = report.Kinds.ToDictionary(k => k.Kind, k => new
        {
            features = k.Features,
            severity = TopologyResult.Severity,
            invalid = k.Result.Invalid.Select(i => new
            {
                id = i.Feature.Id,
                name = Name(i.Feature),
                code = i.Code,
                problem = i.Problem,
                location = Location(i.Location),
            }),
            overlaps = k.Result.Overlaps.Select(o => new
            {
                ids = new[] { o.A.Id, o.B.Id },
                names = new[] { Name(o.A), Name(o.B) },
                area_m2 = o.AreaSquareMeters,
                length_m = o.LengthMeters,
                location = Location(o.Location),
            }),
            duplicates = k.Result.Duplicates.Select(d => new
            {
                ids = new[] { d.A.Id, d.B.Id },
                names = new[] { Name(d.A), Name(d.B) },
                match = d.Match.ToString().ToLowerInvariant(),
                area_m2 = d.AreaSquareMeters,
                length_m = d.LengthMeters,
                location = Location(d.Location),
            }),
            slivers_dropped = k.Result.SliversDropped,
            warnings = k.Result.Warnings,
        }),
    });

    /// <summary>The --timings line on stderr: wall times of the read and of each part of the check, summed over kinds.</summary>
    public static void PrintTimings(TimeSpan read, TimeSpan total, IReadOnlyList<KindTopology> checks)
    {
        double Sum(Func<TopologyTimings, TimeSpan> part) => checks.Sum(c => part(c.Result.Timings).TotalSeconds);
        Console.Error.WriteLine(string.Create(Invariant,
            $"timings: read {read.TotalSeconds:F3} s, validity {Sum(t => t.Validity):F3} s, duplicates {Sum(t => t.Duplicates):F3} s, " +
            $"overlaps {Sum(t => t.Overlaps):F3} s, total {total.TotalSeconds:F3} s, {Environment.ProcessorCount} cores"));
    }

    private static string? Name(EcoFeature feature) => feature.Text("name");

    private static string Ids(EcoFeature a, EcoFeature b) => $"{a.Id}, {b.Id}";

    private static string Names(EcoFeature a, EcoFeature b) =>
        Name(a) is null && Name(b) is null ? "" : $"{Name(a) ?? "–"}, {Name(b) ?? "–"}";

    private static string Size(double? area, double? length) =>
        area is { } a ? a.ToString("N1", Invariant) : length is { } l ? l.ToString("N3", Invariant) : "–";

    private static string Degrees(double? value) => value is { } v ? v.ToString("F7", Invariant) : "–";

    private static double[]? Location(Coordinate? c) => c is null ? null : [c.X, c.Y];
}
