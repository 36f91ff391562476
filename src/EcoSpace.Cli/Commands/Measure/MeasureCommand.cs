using System.CommandLine;

namespace EcoSpace.Cli.Commands.Measure;

/// <summary><c>ecospace measure shoreline|banks|layer</c>: the ratios and per-feature geodesic figures.</summary>
public static class MeasureCommand
{
    public static Command Build() =>
        new("measure", "Geodesic lengths, areas and the two ratios on CGCS2000 (GRS80)")
        {
            MeasureRatioCommand.Shoreline(),
            MeasureRatioCommand.Banks(),
            MeasureLayerCommand.Build(),
        };
}
