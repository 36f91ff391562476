using System.CommandLine;
using System.Globalization;
using EcoSpace.Cli.Output;
using EcoSpace.Cli.Output.Conflicts;
using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Data.Inputs;
using EcoSpace.Formats.Documents;

namespace EcoSpace.Cli.Commands.Check;

/// <summary>
/// <c>ecospace check conflicts [--rule R] [--json] [-o conflicts.geojson] [--fail-on-conflict]
/// [--sliver-area M2] [--sliver-length M]</c>: the overlap rules of DOMAIN.md §4 on one state of the
/// project (one read snapshot), with the project's class sets and ellipsoid. Text: a summary per
/// rule and severity and a table of the conflicts; <c>--json</c>: one document without geometry;
/// <c>-o</c>: a GeoJSON FeatureCollection of the shared geometries. Exit code 3 with
/// <c>--fail-on-conflict</c> when anything is found.
/// </summary>
public static class CheckConflictsCommand
{
    private static readonly Option<string[]> Rule = new("--rule")
    {
        Description = $"Run only this rule (repeat, or separate with commas): {string.Join(", ", ConflictCatalog.Names)}",
        AllowMultipleArgumentsPerToken = false,
    };
    private static readonly Option<string?> Output = new("--output", "-o") { Description = "Also write the conflicts as GeoJSON (RFC 7946): one feature per conflict, its shared geometry ('-': to stdout, instead of the text)" };
    private static readonly Option<bool> FailOnConflict = new("--fail-on-conflict") { Description = $"Exit with code {ExitCodes.ConflictsFound} when any conflict is found" };
    private static readonly Option<double?> SliverArea = new("--sliver-area") { Description = "Overlaps of polygons smaller than this many m² are digitising noise, dropped and counted. Default: 1" };
    private static readonly Option<double?> SliverLength = new("--sliver-length") { Description = "Segment pieces shorter than this many m are dropped and counted; also the shoreline tolerance. Default: 0.5" };

    public static Command Build()
    {
        var command = new Command("conflicts",
            "Development in red lines, protected areas and eco space, control lines overlapping, natural shoreline occupied, protected banks violated")
        {
            Rule, CommonOptions.Json, Output, FailOnConflict, SliverArea, SliverLength,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context, new Request(
            Rules(parse.GetValue(Rule)), parse.GetValue(CommonOptions.Json), parse.GetValue(Output), parse.GetValue(FailOnConflict),
            Tolerance(parse.GetValue(SliverArea), "--sliver-area"), Tolerance(parse.GetValue(SliverLength), "--sliver-length")))));
        return command;
    }

    private sealed record Request(IReadOnlySet<string>? Rules, bool Json, string? Output, bool FailOnConflict, double? SliverArea, double? SliverLength);

    private static int Run(CliContext context, Request request)
    {
        if (request.Json && request.Output == "-")
            throw new UsageException("--json and -o - both write to stdout; give one of them");
        ConflictInputs inputs;
        IndicatorSettings settings;
        using (var store = ProjectDatabase.Open(context))
        using (store.ReadSnapshot())
        {
            settings = store.IndicatorSettings();
            inputs = StoreInputs.Conflicts(store);
        }

        var options = ConflictOptions.From(settings) with { Rules = request.Rules };
        if (request.SliverArea is { } area)
            options = options with { SliverAreaSquareMeters = area };
        if (request.SliverLength is { } length)
            options = options with { SliverLengthMeters = length };
        var result = ConflictCheck.Run(inputs, options);

        Print(context, request, result, options);
        foreach (var warning in result.Warnings)
            Console.Error.WriteLine($"ecospace: warning: {warning}");
        return request.FailOnConflict && result.Conflicts.Count > 0 ? ExitCodes.ConflictsFound : ExitCodes.Ok;
    }

    /// <summary>The GeoJSON to -o (alone on stdout for '-'), then the text or JSON on stdout.</summary>
    private static void Print(CliContext context, Request request, ConflictResult result, ConflictOptions options)
    {
        if (request.Output == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            ConflictFeatures.Write(stdout, result);
            return;
        }
        string? written = request.Output is null
            ? null
            : AtomicFile.Write(context, request.Output, stream => ConflictFeatures.Write(stream, result));
        if (request.Json)
            Json.Print(ConflictDocument.From(result, options));
        else
            ConflictsText.Print(result, options, written);
    }

    /// <summary>The rules asked for (null: all); an unknown one is a usage error listing the rules.</summary>
    private static IReadOnlySet<string>? Rules(string[]? values)
    {
        if (values is null || values.Length == 0)
            return null;
        var names = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => ConflictCatalog.Find(n) is null).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
            throw new UsageException($"--rule {string.Join(", ", unknown)}: no such rule; the rules are {string.Join(", ", ConflictCatalog.Names)}");
        if (names.Count == 0)
            throw new UsageException($"--rule needs a rule: {string.Join(", ", ConflictCatalog.Names)}");
        return names;
    }

    private static double? Tolerance(double? value, string option) =>
        value is null or (>= 0 and < double.PositiveInfinity)
            ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option} {value} must be a number ≥ 0"));
}
