using System.CommandLine;
using System.Diagnostics;
using EcoSpace.Cli.Output;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;
using EcoSpace.Data.Inputs;
using EcoSpace.Formats.Documents;

namespace EcoSpace.Cli.Commands.Measure;

/// <summary>
/// <c>ecospace measure shoreline [--by region|class|bay]</c> and <c>ecospace measure banks [--by river|region|zone]</c>:
/// a ratio of DOMAIN.md §3 with the project's class sets, as a text summary or <c>--json</c>.
/// </summary>
public static class MeasureRatioCommand
{
    private static readonly Option<bool> Timings = new("--timings")
    {
        Description = "Print read and measure times and vertices per second on stderr",
    };

    public static Command Shoreline() => Build(KindCatalog.Shoreline, "shoreline",
        "自然岸线保有率: the natural shoreline retention ratio of the mainland coast, island coast and the beautiful-bay share",
        [RatioGrouping.Region, RatioGrouping.Class, RatioGrouping.Bay], ShorelineRatio.Compute);

    public static Command Banks() => Build(KindCatalog.RiverBank, "banks",
        "河湖岸线保护率: the river/lake bank protection ratio",
        [RatioGrouping.River, RatioGrouping.Region, RatioGrouping.Zone], BankRatio.Compute);

    private static Command Build(string kind, string name, string description, RatioGrouping[] groupings,
        Func<RatioInputs, IndicatorSettings, RatioGrouping, RatioResult> compute)
    {
        string[] names = groupings.Select(g => g.ToString().ToLowerInvariant()).ToArray();
        var by = new Option<string?>("--by") { Description = $"Break the ratio down by {string.Join(", ", names)}" };
        by.AcceptOnlyFromAmong(names);
        var ellipsoid = new Option<string?>("--ellipsoid")
        {
            Description = "GRS80 (CGCS2000, the default) or WGS84; default: the project's measure.ellipsoid setting",
        };
        var command = new Command(name, description) { by, ellipsoid, CommonOptions.Json, Timings };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var grouping = parse.GetValue(by) is { } text ? Enum.Parse<RatioGrouping>(text, ignoreCase: true) : RatioGrouping.None;
            return Run(context, kind, grouping, parse.GetValue(ellipsoid), parse.GetValue(CommonOptions.Json), parse.GetValue(Timings), compute);
        }));
        return command;
    }

    private static int Run(CliContext context, string kind, RatioGrouping grouping, string? ellipsoid, bool json, bool timings,
        Func<RatioInputs, IndicatorSettings, RatioGrouping, RatioResult> compute)
    {
        var clock = Stopwatch.StartNew();
        RatioInputs inputs;
        IndicatorSettings settings;
        TimeSpan measuring;
        using (var store = ProjectDatabase.Open(context))
        {
            settings = store.IndicatorSettings();
            if (ellipsoid is not null)
                settings = settings with { Ellipsoid = IndicatorSettings.ParseEllipsoid(ellipsoid) };
            inputs = StoreInputs.Ratio(store, kind, settings.Ellipsoid, out measuring);
        }
        var read = clock.Elapsed;

        clock.Restart();
        var result = compute(inputs, settings, grouping);
        measuring += clock.Elapsed;

        if (json)
            Json.Print(RatioDocument.From(result));
        else
            RatioText.Print(result, kind);
        foreach (var warning in result.Warnings)
            Console.Error.WriteLine($"ecospace: warning: {warning}");
        if (timings)
            MeasureTimings.Print(read, measuring, result.Statistics.Vertices);
        return ExitCodes.Ok;
    }
}
