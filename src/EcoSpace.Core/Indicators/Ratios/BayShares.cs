using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// The beautiful-bay shoreline share 美丽海湾岸线占比 (DOMAIN.md §3): mainland shoreline inside bay
/// polygons of a counted status (default <c>built</c>) over all mainland shoreline. Coast inside two
/// overlapping bays counts once, for a counted bay first.
/// </summary>
internal static class BayShares
{
    /// <summary>The bays as zones, counted ones first, each group by id: the one order every bay figure uses.</summary>
    public static PolygonZones Zones(IReadOnlyList<EcoFeature> bays, CodeSet countedFirst) =>
        new(bays
            .OrderBy(b => countedFirst.Contains(b.Text("status")) ? 0 : 1)
            .ThenBy(b => b.Id, StringComparer.Ordinal)
            .Select(b => (b.Id, b.Text("name"), b.Geometry)));

    /// <summary>The denominator is every mainland segment, whatever its class: "total mainland shoreline".</summary>
    public static BayShare Compute(IReadOnlyList<EcoFeature> mainland, IReadOnlyList<double> lengthsMeters,
        IReadOnlyList<EcoFeature> bays, IndicatorSettings settings)
    {
        double mainlandMeters = lengthsMeters.Sum();
        var counted = settings.BayCountedStatuses;
        var perBay = new Dictionary<string, double>();
        if (bays.Count > 0)
        {
            var zones = Zones(bays, counted);
            for (int i = 0; i < mainland.Count; i++)
            {
                foreach (var (zone, meters) in zones.Apportion(mainland[i].Geometry, lengthsMeters[i], settings.Ellipsoid))
                {
                    if (zone >= 0)
                        perBay[zones.Key(zone)] = perBay.GetValueOrDefault(zones.Key(zone)) + meters;
                }
            }
        }

        var coasts = bays
            .OrderBy(b => b.Id, StringComparer.Ordinal)
            .Select(b => new BayCoast(b.Id, b.Text("name"), b.Text("status"), counted.Contains(b.Text("status")), perBay.GetValueOrDefault(b.Id)))
            .ToArray();
        double numerator = coasts.Where(c => c.Counted).Sum(c => c.MainlandLengthMeters);
        return new BayShare(RatioResult.Divide(numerator, mainlandMeters), numerator, mainlandMeters, counted.ToList(), coasts);
    }
}
