namespace EcoSpace.Cli.Tests.Conflicts;

/// <summary>
/// The sample's deliberate conflicts (layers/README.md, "Deliberate conflicts"), copied from the
/// "conflicts" list of layers/tools/sample_figures.json, which layers/tools/make_sample.py's
/// <c>conflicts()</c> computed with shapely (intersection in lon/lat) and pyproj (geodesic area and
/// length on GRS80 / CGCS2000) when it generated the sample. Nothing else may be flagged.
/// </summary>
internal static class SampleConflicts
{
    public sealed record Expected(string Rule, string A, string B, string Severity, double? AreaSquareMeters, double? LengthMeters);

    public static readonly IReadOnlyList<Expected> All =
    [
        new("development_in_red_line", "development-industrial-kaifaqu", "red_line-yuntaishan", "high", 3842651.4403862655, null),
        new("development_in_red_line", "development-mining-yuntaishan", "red_line-yuntaishan", "high", 823241.3797579408, null),
        new("development_in_protected_area", "development-mining-yuntaishan", "protected_area-yuntaishan-core", "critical", 823241.3797579408, null),
        new("control_lines_overlap", "farmland-ganyu-shilianghe", "red_line-shilianghe", "high", 1246780.2719744965, null),
        new("shoreline_occupied", "development-port-ganyu", "shoreline-035", "high", null, 799.9532185320597),
        new("bank_zone_violated", "development-infrastructure-xinyi-crossing", "river_bank-xinyi-l-01", "high", null, 122.53403226388053),
        new("bank_zone_violated", "development-infrastructure-xinyi-crossing", "river_bank-xinyi-r-01", "high", null, 123.88961787968927),
    ];
}
