using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// The natural shoreline retention ratio 自然岸线保有率 (DOMAIN.md §3): mainland segments whose class
/// is natural over all mainland segments (both sets are settings), island coast reported beside it,
/// and the beautiful-bay share. A segment without <c>mainland</c> counts as mainland, with a warning.
/// </summary>
public static class ShorelineRatio
{
    public const string ClassProperty = "class";

    public static RatioResult Compute(RatioInputs inputs, IndicatorSettings settings, RatioGrouping by = RatioGrouping.None)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        if (by is not (RatioGrouping.None or RatioGrouping.Region or RatioGrouping.Class or RatioGrouping.Bay))
            throw new ArgumentException($"the shoreline ratio groups by region, class or bay, not {by.ToString().ToLowerInvariant()}", nameof(by));

        var warnings = new List<string>();
        SegmentChecks.WarnEmpty(inputs.Segments, "shoreline", warnings);
        var ellipsoid = settings.Ellipsoid;
        var lengths = inputs.LengthsMeters(ellipsoid);

        var mainland = new List<int>();
        var islands = new List<int>();
        int noMainlandFlag = 0;
        for (int i = 0; i < inputs.Segments.Count; i++)
        {
            bool? flag = inputs.Segments[i].Flag("mainland");
            if (flag is null) noMainlandFlag++;
            (flag == false ? islands : mainland).Add(i);
        }
        if (noMainlandFlag > 0)
            warnings.Add($"{noMainlandFlag} segment(s) have no 'mainland' property and count as mainland coast");

        var (mainSegments, mainLengths) = Select(inputs.Segments, lengths, mainland);
        var (islandSegments, islandLengths) = Select(inputs.Segments, lengths, islands);
        var natural = settings.ShorelineNaturalClasses;
        var denominator = settings.ShorelineDenominatorClasses;
        var totals = LineRatio.Sum(mainSegments, mainLengths, ClassProperty, natural, denominator);
        var islandTotals = LineRatio.Sum(islandSegments, islandLengths, ClassProperty, natural, denominator);
        SegmentChecks.WarnUncoded(mainSegments, mainLengths, ClassProperty, "mainland", denominator, warnings);

        var grouper = Grouper(by, inputs, settings, warnings);
        var groups = grouper is null ? [] : LineRatio.Groups(mainSegments, mainLengths, ClassProperty, natural, denominator, grouper);

        return new RatioResult(RatioResult.NaturalShorelineRetention, totals.Ratio, totals.NumeratorMeters, totals.DenominatorMeters,
            new RatioClasses(ClassProperty, natural.ToList(), denominator.ToList()), by, groups, ellipsoid.Name, inputs.Provenance,
            new MeasureStatistics(inputs.Segments.Count, inputs.Segments.Sum(s => (long)s.Geometry.NumPoints)), warnings)
        {
            Islands = new IslandCoast(islandTotals.Ratio, islandTotals.NumeratorMeters, islandTotals.DenominatorMeters, islandSegments.Count),
            BayShare = BayShares.Compute(mainSegments, mainLengths, inputs.Bays, settings),
        };
    }

    private static SegmentGrouper? Grouper(RatioGrouping by, RatioInputs inputs, IndicatorSettings settings, List<string> warnings)
    {
        switch (by)
        {
            case RatioGrouping.Class:
                return SegmentGrouper.ByCode(KindCatalog.Shoreline, ClassProperty);
            case RatioGrouping.Region:
                return RegionZones.Grouper(inputs.Regions, settings.Ellipsoid, warnings);
            case RatioGrouping.Bay:
                if (inputs.Bays.Any(b => !b.Geometry.IsEmpty))
                    return SegmentGrouper.ByZones(BayShares.Zones(inputs.Bays, settings.BayCountedStatuses), settings.Ellipsoid);
                warnings.Add("no bay polygons: grouped by each segment's 'bay' property");
                return SegmentGrouper.ByProperty("bay", [], b => b);
            default:
                return null;
        }
    }

    internal static (IReadOnlyList<EcoFeature> Segments, IReadOnlyList<double> Lengths) Select(
        IReadOnlyList<EcoFeature> segments, IReadOnlyList<double> lengths, List<int> indexes) =>
        (indexes.Select(i => segments[i]).ToArray(), indexes.Select(i => lengths[i]).ToArray());
}
