using System.CommandLine;
using EcoSpace.Cli.Output.Audit;
using EcoSpace.Core.Audit;
using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Inputs;

namespace EcoSpace.Cli.Commands.Check;

/// <summary>
/// <c>ecospace check redline --baseline TAG|FILE [--kind K] [--tolerance-m2 X] [--json] [--fail-on-conflict]</c>:
/// red lines and protected areas now against a snapshot or a GeoJSON file of the approved ones
/// (DOMAIN.md §4, "red line reduced"): total and per-feature geodesic area change, removed and added
/// features, changed nature properties, and the verdict of each check. Reads the store only.
/// </summary>
public static class CheckRedlineCommand
{
    private static readonly string[] AuditedKinds = [KindCatalog.RedLine, KindCatalog.ProtectedArea];

    private static readonly Option<string> Baseline = new("--baseline")
    {
        Description = "A snapshot tag (ecospace snapshot list), or a GeoJSON file (.geojson, .json) of the approved features",
        Required = true,
    };
    private static readonly Option<string?> Kind = new("--kind", "-k")
    {
        Description = "Audit only this layer: red_line or protected_area. Default: both against a snapshot, red_line against a file (a file holds one layer)",
    };
    private static readonly Option<double> Tolerance = new("--tolerance-m2")
    {
        Description = "An area went down when it lost more than this many m² and more than 1e-9 of itself",
        DefaultValueFactory = _ => new RedLineAuditOptions().ToleranceSquareMeters,
    };
    private static readonly Option<bool> FailOnConflict = new("--fail-on-conflict") { Description = "Exit with code 3 when a check fails" };

    public static Command Build()
    {
        var command = new Command("redline", "Red lines and protected areas now against a snapshot or an approved file: area not reduced, nature unchanged")
        {
            Baseline, Kind, Tolerance, CommonOptions.Json, FailOnConflict,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context, parse.GetRequiredValue(Baseline), parse.GetValue(Kind),
            parse.GetValue(Tolerance), parse.GetValue(CommonOptions.Json), parse.GetValue(FailOnConflict))));
        return command;
    }

    private static int Run(CliContext context, string baselineName, string? kindName, double tolerance, bool json, bool failOnConflict)
    {
        var kinds = Kinds(kindName, RedlineBaseline.IsFile(baselineName));
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
            throw new UsageException($"--tolerance-m2 {tolerance} must be a number of square metres, 0 or more");
        // Read the file before opening the store: a broken file is reported without touching the project.
        var fromFile = RedlineBaseline.IsFile(baselineName) ? RedlineBaseline.FromFile(baselineName, kinds[0]) : null;

        using var store = ProjectDatabase.Open(context);
        var options = new RedLineAuditOptions { Ellipsoid = store.IndicatorSettings().Ellipsoid, ToleranceSquareMeters = tolerance };
        RedlineBaseline baseline;
        long dataVersion;
        var now = new Dictionary<string, IReadOnlyList<EcoFeature>>();
        var untrackedNow = new Dictionary<string, IReadOnlyList<string>>();
        using (store.ReadSnapshot())
        {
            dataVersion = store.DataVersion;
            if (fromFile is not null)
            {
                baseline = fromFile;
            }
            else if (RedlineBaseline.FromSnapshot(store, baselineName, kinds) is { } snapshot)
            {
                baseline = snapshot;
            }
            else
            {
                return CommandRunner.Fail(ExitCodes.NotFound, UnknownTag(store, baselineName));
            }
            foreach (var kind in kinds)
            {
                now[kind] = StoreInputs.Features(store, kind);
                if (baseline.Snapshot is not null)
                    untrackedNow[kind] = store.UntrackedFeatures(kind);
            }
        }

        var result = RedLineAudit.Compare(kinds.Select(k => new AuditLayer(k, baseline.Features[k], now[k])).ToArray(), options);
        var report = new RedlineReport(baseline, dataVersion, DateTimeOffset.UtcNow, result,
            RedlineWarnings.For(baseline, kinds, AuditedKinds, untrackedNow));
        if (json)
            RedlineReportJson.Print(report);
        else
            RedlineReportText.Print(report);
        return failOnConflict && !result.Passed ? ExitCodes.ConflictsFound : ExitCodes.Ok;
    }

    private static string[] Kinds(string? kindName, bool file)
    {
        if (kindName is null)
            return file ? [KindCatalog.RedLine] : AuditedKinds;
        string kind = KindCatalog.Get(kindName).Name;
        return AuditedKinds.Contains(kind)
            ? [kind]
            : throw new UsageException($"--kind {kind}: the red-line audit covers {string.Join(" and ", AuditedKinds)} only");
    }

    private static string UnknownTag(FeatureStore store, string tag)
    {
        var tags = store.Snapshots().Select(s => s.Tag).ToArray();
        return tags.Length == 0
            ? $"no snapshot '{tag}': the project has no snapshot yet (make one with 'ecospace snapshot create TAG'); a baseline file must end in .geojson or .json"
            : $"no snapshot '{tag}'; known tags: {string.Join(", ", tags)} (a baseline file must end in .geojson or .json)";
    }
}
