using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// The admin_region polygons segments are cut at: those of the finest level present (township, then
/// county, city, province), so that a city and its counties never share a metre. The key is the
/// region's 6-digit <c>code</c> (else its id), the label its name.
/// </summary>
internal static class RegionZones
{
    private static readonly string[] FinestFirst = ["township", "county", "city", "province"];

    public static PolygonZones? From(IReadOnlyList<EcoFeature> regions, List<string> warnings)
    {
        if (regions.Count == 0)
            return null;
        string? level = FinestFirst.FirstOrDefault(l => regions.Any(r => r.Text("level") == l));
        var chosen = level is null ? regions : regions.Where(r => r.Text("level") == level).ToArray();
        if (chosen.Count < regions.Count)
            warnings.Add($"regions: cut at the {chosen.Count} admin_region polygons of level '{level}'; {regions.Count - chosen.Count} of other or no level left out");
        return new PolygonZones(chosen
            .OrderBy(r => r.Text("code") ?? r.Id, StringComparer.Ordinal)
            .Select(r => (r.Text("code") ?? r.Id, r.Text("name"), r.Geometry)));
    }

    public static string? CodeLabel(string kind, string property, string code, bool english = false)
    {
        var value = KindCatalog.Get(kind).FindProperty(property)?.Codes.FirstOrDefault(c => c.Value == code);
        return value is null ? null : english ? value.En : value.Zh;
    }
}
