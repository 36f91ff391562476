using System.Globalization;
using EcoSpace.Core.Conflicts;

namespace EcoSpace.Cli.Output.Conflicts;

/// <summary>How a conflict's size reads in text: m² with hectares beside, or metres.</summary>
internal static class ConflictFigures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Size(double? areaSquareMeters, double? lengthMeters) =>
        areaSquareMeters is { } area
            ? $"{area.ToString("N1", Invariant)} m² ({(area / 10_000).ToString("N4", Invariant)} ha)"
            : lengthMeters is { } length ? $"{length.ToString("N3", Invariant)} m" : "";

    public static string Size(Conflict conflict) => Size(conflict.AreaSquareMeters, conflict.LengthMeters);

    public static string Size(ConflictCount count) => count.Count == 0 ? "" : Size(count.AreaSquareMeters, count.LengthMeters);

    public static string Meters(double meters) => meters.ToString("0.###", Invariant);
}
