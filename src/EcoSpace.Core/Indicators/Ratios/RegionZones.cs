using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// Grouping by administrative region: cut at the admin_region polygons of the finest level present
/// (township, then county, city, province), so that a city and its counties never share a metre;
/// without that layer, each segment's <c>region</c> property. The key is the region's 6-digit
/// <c>code</c> (else its id, with a warning), the label its name.
/// </summary>
internal static class RegionZones
{
    private static readonly string[] FinestFirst = ["township", "county", "city", "province"];

    public static SegmentGrouper Grouper(IReadOnlyList<EcoFeature> regions, Ellipsoid ellipsoid, List<string> warnings)
    {
        var usable = regions.Where(r => !r.Geometry.IsEmpty).ToArray();
        if (usable.Length < regions.Count)
            warnings.Add($"{regions.Count - usable.Length} admin_region feature(s) have no geometry and cut nothing: {SegmentChecks.Ids(regions.Where(r => r.Geometry.IsEmpty))}");
        if (usable.Length == 0)
        {
            warnings.Add("no admin_region polygons: grouped by each segment's 'region' property");
            return SegmentGrouper.ByProperty("region", [], _ => null);
        }

        string? level = FinestFirst.FirstOrDefault(l => usable.Any(r => r.Text("level") == l));
        var chosen = level is null ? usable : usable.Where(r => r.Text("level") == level).ToArray();
        if (chosen.Length < usable.Length)
            warnings.Add($"regions: cut at the {chosen.Length} admin_region polygons of level '{level}'; {usable.Length - chosen.Length} of other or no level left out");
        var withoutCode = chosen.Where(r => r.Text("code") is null).ToArray();
        if (withoutCode.Length > 0)
            warnings.Add($"{withoutCode.Length} admin_region feature(s) have no code; their id is the group key: {SegmentChecks.Ids(withoutCode)}");
        var shared = chosen.GroupBy(Key).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (shared.Length > 0)
            warnings.Add($"admin_region code(s) {string.Join(", ", shared)} belong to several polygons, whose lengths are added up in one group");

        return SegmentGrouper.ByZones(new PolygonZones(chosen
            .OrderBy(Key, StringComparer.Ordinal)
            .Select(r => (Key(r), r.Text("name"), r.Geometry))), ellipsoid);
    }

    private static string Key(EcoFeature region) => region.Text("code") ?? region.Id;
}
