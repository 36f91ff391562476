using System.CommandLine;
using System.Diagnostics;
using EcoSpace.Cli.Output;
using EcoSpace.Core.Features;
using EcoSpace.Core.Overlay;
using EcoSpace.Core.Schema;
using EcoSpace.Core.Topology;
using EcoSpace.Data.Inputs;

namespace EcoSpace.Cli.Commands.Check;

/// <summary>
/// <c>ecospace check topology [--kind K] [--json] [--fail-on-conflict] [--timings]</c>: per kind, the
/// invalid geometries, features overlapping each other (area or length) and duplicates, each with a
/// location (DOMAIN.md §4, severity error). Without --kind, every kind that has features. All kinds
/// are read in one read snapshot, so the result belongs to one data version.
/// </summary>
public static class CheckTopologyCommand
{
    private static readonly Option<string?> Kind = new("--kind", "-k")
    {
        Description = $"Check only this kind ({string.Join(", ", KindCatalog.Names)}); default: every kind that has features",
    };

    private static readonly Option<bool> FailOnConflict = new("--fail-on-conflict")
    {
        Description = "Exit with code 3 when anything is found",
    };

    private static readonly Option<bool> Timings = new("--timings")
    {
        Description = "Print the time of reading, validity, duplicates and overlaps on stderr",
    };

    public static Command Build()
    {
        var command = new Command("topology",
            "Invalid geometries, features of one kind overlapping each other (area m² or length m) and duplicates, with locations")
        {
            Kind, CommonOptions.Json, FailOnConflict, Timings,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context, parse.GetValue(Kind),
            parse.GetValue(CommonOptions.Json), parse.GetValue(FailOnConflict), parse.GetValue(Timings))));
        return command;
    }

    private static int Run(CliContext context, string? kind, bool json, bool failOnConflict, bool timings)
    {
        if (kind is not null)
            KindCatalog.Get(kind);
        var clock = Stopwatch.StartNew();
        var layers = new List<(string Kind, IReadOnlyList<EcoFeature> Features)>();
        long dataVersion;
        OverlapOptions overlapOptions;
        using (var store = ProjectDatabase.Open(context))
        using (store.ReadSnapshot())
        {
            overlapOptions = OverlapOptions.Default with { Ellipsoid = store.IndicatorSettings().Ellipsoid };
            foreach (var name in kind is null ? KindCatalog.Names : [kind])
            {
                var features = StoreInputs.Features(store, name);
                if (features.Count > 0 || kind is not null)
                    layers.Add((name, features));
            }
            dataVersion = store.DataVersion;
        }
        var read = clock.Elapsed;

        var options = new TopologyOptions { Overlaps = overlapOptions };
        var checks = layers.Select(l => new KindTopology(l.Kind, l.Features.Count, TopologyCheck.Run(l.Features, options))).ToArray();
        var report = new TopologyReport(checks, overlapOptions, dataVersion, DateTimeOffset.UtcNow);

        if (json)
            TopologyOutput.PrintJson(report);
        else
            TopologyOutput.Print(report);
        if (timings)
            TopologyOutput.PrintTimings(read, clock.Elapsed, checks);
        return failOnConflict && checks.Any(c => c.Result.ProblemCount > 0) ? ExitCodes.ConflictsFound : ExitCodes.Ok;
    }
}
