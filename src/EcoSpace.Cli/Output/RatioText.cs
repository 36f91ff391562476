using System.Globalization;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Cli.Output;

/// <summary>A ratio as a short text summary and, when grouped, a table of its groups.</summary>
public static class RatioText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(RatioResult result, string kind)
    {
        var output = Console.Out;
        bool shoreline = result.Indicator == RatioResult.NaturalShorelineRetention;
        output.WriteLine(shoreline
            ? "自然岸线保有率 natural shoreline retention ratio (mainland coast)"
            : "河湖岸线保护率 river/lake bank protection ratio");
        output.WriteLine($"  ratio        {Percent(result.Ratio)}");
        output.WriteLine($"  numerator    {Meters(result.NumeratorMeters)}  {result.Classes.Property}: {Codes(result.Classes.Numerator)}");
        output.WriteLine($"  denominator  {Meters(result.DenominatorMeters)}  {result.Classes.Property}: {Codes(result.Classes.Denominator)}");
        if (result.Islands is { } islands)
        {
            output.WriteLine($"  island coast {Meters(islands.DenominatorMeters)}  natural {Percent(islands.Ratio)}, {islands.Segments} segment(s), reported separately");
        }
        if (result.BayShare is { } bays)
        {
            output.WriteLine($"  美丽海湾岸线占比 beautiful-bay share {Percent(bays.Share)}: {Meters(bays.NumeratorMeters)} of mainland coast in bays of status {string.Join(", ", bays.CountedStatuses)}");
            foreach (var bay in bays.Bays)
                output.WriteLine($"    {bay.Name ?? bay.Id} ({bay.Status ?? "no status"}{(bay.Counted ? ", counted" : "")}): {Meters(bay.MainlandLengthMeters)}");
        }

        if (result.GroupedBy != RatioGrouping.None)
        {
            output.WriteLine();
            var table = new TextTable(result.GroupedBy.ToString().ToLowerInvariant(), "name", "ratio", "numerator m", "denominator m", "pieces")
                .AlignRight(2).AlignRight(3).AlignRight(4).AlignRight(5);
            foreach (var group in result.Groups)
            {
                table.Add(group.Key ?? "(none)", group.Label ?? "", Percent(group.Ratio),
                    group.NumeratorMeters.ToString("N3", Invariant), group.DenominatorMeters.ToString("N3", Invariant),
                    group.Pieces.ToString(Invariant));
            }
            output.Write(table);
        }

        output.WriteLine();
        output.WriteLine(string.Create(Invariant,
            $"geodesic on {result.Ellipsoid}{(result.Ellipsoid == "GRS80" ? " (CGCS2000)" : "")}, data version {result.Provenance.DataVersion}, " +
            $"computed {result.Provenance.ComputedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}, {result.Statistics.Segments} {kind} segment(s), {result.Statistics.Vertices} vertices"));
    }

    private static string Percent(double? ratio) =>
        ratio is { } r ? (r * 100).ToString("F2", Invariant) + " %" : "– (no length)";

    private static string Meters(double meters) => meters.ToString("N3", Invariant) + " m";

    private static string Codes(IReadOnlyList<string> codes) =>
        codes is [SettingCatalog.Everything] ? "* (every segment)" : string.Join(", ", codes);
}
