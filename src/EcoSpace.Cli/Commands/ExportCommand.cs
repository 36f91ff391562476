using System.CommandLine;
using EcoSpace.Core.Schema;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace export KIND -o FILE [--legacy] [--precision N]</c>: RFC 7946 GeoJSON. The file is
/// written beside its destination and moved into place when complete, so a failure leaves no half file.
/// </summary>
public static class ExportCommand
{
    private static readonly Argument<string> Kind = CommonOptions.KindArgument();
    private static readonly Option<string> Output = new("--output", "-o") { Description = "GeoJSON file to write ('-' for stdout)", Required = true };
    private static readonly Option<bool> Legacy = new("--legacy") { Description = "GDAL/QGIS 2008 style: add a 'crs' member naming EPSG:4490" };
    private static readonly Option<int> Precision = new("--precision")
    {
        Description = "Decimals of longitude/latitude (7 ≈ 1 cm)",
        DefaultValueFactory = _ => 7,
    };

    public static Command Build()
    {
        var command = new Command("export", "Export a layer as GeoJSON") { Kind, Output, Legacy, Precision };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context,
            parse.GetRequiredValue(Kind), parse.GetRequiredValue(Output), parse.GetValue(Legacy), parse.GetValue(Precision))));
        return command;
    }

    private static int Run(CliContext context, string kind, string output, bool legacy, int precision)
    {
        KindCatalog.Get(kind);
        if (precision is < 0 or > 15)
            throw new UsageException($"--precision {precision} is outside 0..15");
        var options = new GeoJsonWriteOptions { Precision = precision, Legacy = legacy, Name = kind };
        using var store = ProjectDatabase.Open(context);

        if (output == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            GeoJsonWriter.Write(stdout, store.ReadAll(kind).Select(s => s.Feature), options);
            return ExitCodes.Ok;
        }

        int count = 0;
        var destination = AtomicFile.Write(context, output,
            file => GeoJsonWriter.Write(file, store.ReadAll(kind).Select(s => { count++; return s.Feature; }), options));
        Console.Out.WriteLine($"exported {count} {kind} features to {destination}");
        return ExitCodes.Ok;
    }
}
