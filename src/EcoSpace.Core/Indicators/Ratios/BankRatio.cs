using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// The river/lake bank protection ratio 河湖岸线保护率 (DOMAIN.md §3): bank segments in the protected
/// zones (default protection and reserve) over all bank segments. Left and right banks are separate
/// segments, so each is counted.
/// </summary>
public static class BankRatio
{
    public const string ZoneProperty = "zone";

    public static RatioResult Compute(RatioInputs inputs, IndicatorSettings settings, RatioGrouping by = RatioGrouping.None)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        if (by is not (RatioGrouping.None or RatioGrouping.Region or RatioGrouping.Zone or RatioGrouping.River))
            throw new ArgumentException($"the bank ratio groups by river, region or zone, not {by.ToString().ToLowerInvariant()}", nameof(by));

        var warnings = new List<string>();
        var segments = inputs.Segments;
        SegmentChecks.WarnEmpty(segments, "bank", warnings);
        var lengths = inputs.LengthsMeters(settings.Ellipsoid);
        var protectedZones = settings.BankProtectedZones;
        var denominator = settings.BankDenominatorZones;
        var totals = LineRatio.Sum(segments, lengths, ZoneProperty, protectedZones, denominator);

        SegmentChecks.WarnUncoded(segments, lengths, ZoneProperty, "bank", denominator, warnings);

        SegmentGrouper? grouper = by switch
        {
            RatioGrouping.Zone => SegmentGrouper.ByCode(KindCatalog.RiverBank, ZoneProperty),
            RatioGrouping.River => SegmentGrouper.ByProperty("river", [], r => r),
            RatioGrouping.Region => RegionZones.Grouper(inputs.Regions, settings.Ellipsoid, warnings),
            _ => null,
        };
        var groups = grouper is null ? [] : LineRatio.Groups(segments, lengths, ZoneProperty, protectedZones, denominator, grouper);

        return new RatioResult(RatioResult.BankProtection, totals.Ratio, totals.NumeratorMeters, totals.DenominatorMeters,
            new RatioClasses(ZoneProperty, protectedZones.ToList(), denominator.ToList()), by, groups, settings.Ellipsoid.Name,
            inputs.Provenance, new MeasureStatistics(segments.Count, segments.Sum(s => (long)s.Geometry.NumPoints)), warnings);
    }
}
