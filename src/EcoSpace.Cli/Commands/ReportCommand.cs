using System.CommandLine;
using System.Globalization;
using EcoSpace.Cli.Output.Report;
using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Report;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Inputs;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace report [--format table|json|csv|md|html] [--json] [-o FILE] [--as-of YYYY-MM-DD] [--lang zh|en]</c>:
/// the indicator report (rows 13, 17, 18, 19 and 41 of the plan's table) on the current data, with
/// each row's target and status. Reads the store only. Without <c>--format</c> the format follows
/// <c>-o</c>'s extension, else it is the text table.
/// </summary>
public static class ReportCommand
{
    private static readonly Option<string?> Format = new("--format") { Description = $"Output format: {ReportFormats.Names}. Default: from -o's extension, else table" };
    private static readonly Option<bool> Json = new("--json") { Description = "Same as --format json" };
    private static readonly Option<string?> Output = new("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout" };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "Count restoration works completed on or before this date, YYYY-MM-DD. Default: today (UTC)" };
    private static readonly Option<string?> Lang = new("--lang") { Description = "Labels of the table, CSV, Markdown and HTML: zh (default) or en; JSON has both" };

    public static Command Build()
    {
        var command = new Command("report", "Indicator report: red-line and protected-area area, restoration, shoreline and bank ratios, bay share, against the targets")
        {
            Format, Json, Output, AsOf, Lang,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context,
            parse.GetValue(Format), parse.GetValue(Json), parse.GetValue(Output), parse.GetValue(AsOf), parse.GetValue(Lang))));
        return command;
    }

    private static int Run(CliContext context, string? formatName, bool json, string? output, string? asOfText, string? lang)
    {
        var format = ChooseFormat(formatName, json, output);
        var words = lang is null ? ReportWords.Zh : ReportWords.Parse(lang) ?? throw new UsageException($"--lang '{lang}' is not zh or en");
        DateOnly? asOf = asOfText is null ? null : ParseDate(asOfText);

        IndicatorReport report;
        using (var store = ProjectDatabase.Open(context))
        {
            report = IndicatorReportBuilder.Build(Inputs(store), store.IndicatorSettings(), asOf);
        }

        var bytes = ReportRenderer.Render(report, format, words);
        if (output is null or "-")
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            return ExitCodes.Ok;
        }
        var written = AtomicFile.Write(context, output, stream => stream.Write(bytes));
        Console.Out.WriteLine($"wrote the indicator report ({format.Name()}) to {written}");
        return ExitCodes.Ok;
    }

    private static ReportInputs Inputs(FeatureStore store)
    {
        using var snapshot = store.ReadSnapshot();
        var provenance = new Provenance(store.DataVersion, DateTimeOffset.UtcNow);
        IReadOnlyList<EcoFeature> Read(string kind) => StoreInputs.Features(store, kind);
        return new ReportInputs(Read(KindCatalog.RedLine), Read(KindCatalog.ProtectedArea), Read(KindCatalog.Restoration),
            Read(KindCatalog.Shoreline), Read(KindCatalog.RiverBank), Read(KindCatalog.AdminRegion), Read(KindCatalog.Bay), provenance);
    }

    private static ReportFormat ChooseFormat(string? name, bool json, string? output)
    {
        if (name is not null)
        {
            var format = ReportFormats.Parse(name) ?? throw new UsageException($"--format '{name}' is not one of {ReportFormats.Names}");
            if (json && format != ReportFormat.Json)
                throw new UsageException($"--json asks for JSON but --format asks for {format.Name()}; give one of them");
            return format;
        }
        if (json)
            return ReportFormat.Json;
        if (output is null or "-")
            return ReportFormat.Table;
        return ReportFormats.FromExtension(output)
            ?? throw new UsageException($"cannot tell the report format from '{Path.GetFileName(output)}': name the file .json, .csv, .md, .html or .txt, or give --format");
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--as-of '{text}' is not a date YYYY-MM-DD (for example 2021-12-31)");
}
