using System.CommandLine;
using EcoSpace.Cli.Output;
using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Measurement;
using EcoSpace.Core.Schema;
using EcoSpace.Data.Inputs;

namespace EcoSpace.Cli.Commands.Measure;

/// <summary>
/// <c>ecospace measure layer KIND</c>: every feature's geodesic length (lines) or area and perimeter
/// (polygons), with the Gauss-Krüger plane length in its 3° zone as the second figure auditors ask for.
/// </summary>
public static class MeasureLayerCommand
{
    public static Command Build()
    {
        var kind = CommonOptions.KindArgument();
        var ellipsoid = new Option<string?>("--ellipsoid") { Description = "GRS80 (CGCS2000) or WGS84; default: the project's measure.ellipsoid setting" };
        var command = new Command("layer", "Per-feature geodesic length or area and perimeter, and the Gauss-Krüger 3° plane length")
        {
            kind, ellipsoid, CommonOptions.Json,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context =>
            Run(context, parse.GetRequiredValue(kind), parse.GetValue(ellipsoid), parse.GetValue(CommonOptions.Json))));
        return command;
    }

    private static int Run(CliContext context, string kind, string? ellipsoidName, bool json)
    {
        KindCatalog.Get(kind);
        using var store = ProjectDatabase.Open(context);
        var ellipsoid = ellipsoidName is null ? store.IndicatorSettings().Ellipsoid : IndicatorSettings.ParseEllipsoid(ellipsoidName);
        IReadOnlyList<EcoFeature> features;
        long dataVersion;
        using (store.ReadSnapshot())
        {
            features = StoreInputs.Features(store, kind);
            dataVersion = store.DataVersion;
        }
        var measures = FeatureMeasures.Measure(features, ellipsoid);
        var layer = new LayerMeasures(kind, ellipsoid.Name, dataVersion, DateTimeOffset.UtcNow, measures);
        if (json)
            LayerMeasuresOutput.PrintJson(layer);
        else
            LayerMeasuresOutput.Print(layer);
        return ExitCodes.Ok;
    }
}
