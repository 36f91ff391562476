using EcoSpace.Core.Conflicts;

namespace EcoSpace.Formats.Documents;

/// <summary>
/// The JSON document of a conflict check (<c>ecospace check conflicts --json</c>; the web API's
/// /api/conflicts carries its members beside the GeoJSON features): <c>conflicts</c> (rule, severity, ids [a, b], kinds [a, b], and area_m2 or
/// length_m; no geometry: that is what -o writes), <c>summary</c> (per rule and severity checked),
/// <c>slivers_dropped</c> (per rule checked), the tolerances and code sets used, <c>ellipsoid</c>,
/// <c>data_version</c>, <c>computed_at</c> and <c>warnings</c>. Full precision.
/// </summary>
public static class ConflictDocument
{
    /// <summary>An object to serialize with <see cref="DocumentJson.Options"/>.</summary>
    public static Dictionary<string, object?> From(ConflictResult result, ConflictOptions options) => new()
    {
        ["conflicts"] = result.Conflicts.Select(c => Sized(new Dictionary<string, object?>
        {
            ["rule"] = c.Rule,
            ["severity"] = ConflictCatalog.Name(c.Severity),
            ["ids"] = new[] { c.AId, c.BId },
            ["kinds"] = new[] { c.AKind, c.BKind },
        }, c.AreaSquareMeters, c.LengthMeters)).ToArray(),
        ["summary"] = result.Summary.Select(s => Sized(new Dictionary<string, object?>
        {
            ["rule"] = s.Rule,
            ["label_zh"] = ConflictCatalog.Find(s.Rule)!.Zh,
            ["label_en"] = ConflictCatalog.Find(s.Rule)!.En,
            ["severity"] = ConflictCatalog.Name(s.Severity),
            ["count"] = s.Count,
        }, s.AreaSquareMeters, s.LengthMeters)).ToArray(),
        ["slivers_dropped"] = result.SliversDropped.ToDictionary(s => s.Rule, s => s.Count),
        ["sliver_area_m2"] = options.SliverAreaSquareMeters,
        ["sliver_length_m"] = options.SliverLengthMeters,
        ["shoreline_natural_classes"] = options.ShorelineNaturalClasses.ToList(),
        ["bank_protected_zones"] = options.BankProtectedZones.ToList(),
        ["ellipsoid"] = options.Ellipsoid.Name,
        ["data_version"] = result.Provenance.DataVersion,
        ["computed_at"] = result.Provenance.ComputedAt,
        ["warnings"] = result.Warnings,
    };

    /// <summary>Adds area_m2 or length_m, whichever the rule measures (the other is left out, not null).</summary>
    internal static Dictionary<string, object?> Sized(Dictionary<string, object?> item, double? areaSquareMeters, double? lengthMeters)
    {
        if (areaSquareMeters is { } area)
            item["area_m2"] = area;
        if (lengthMeters is { } length)
            item["length_m"] = length;
        return item;
    }
}
