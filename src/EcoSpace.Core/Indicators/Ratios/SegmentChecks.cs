using EcoSpace.Core.Features;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>Warnings about segments a ratio cannot measure.</summary>
internal static class SegmentChecks
{
    /// <summary>
    /// Rows other tools wrote with a NULL geometry read back empty: they measure 0 m, and the result
    /// must say so rather than count them silently.
    /// </summary>
    public static void WarnEmpty(IReadOnlyList<EcoFeature> segments, string what, List<string> warnings)
    {
        var empty = segments.Where(s => s.Geometry.IsEmpty).ToArray();
        if (empty.Length > 0)
            warnings.Add($"{empty.Length} {what} segment(s) have no geometry and measure 0 m: {Ids(empty)}");
    }

    /// <summary>Up to five ids, then how many more.</summary>
    public static string Ids(IEnumerable<EcoFeature> features)
    {
        var ids = features.Select(f => f.Id).ToArray();
        return string.Join(", ", ids.Take(5)) + (ids.Length > 5 ? $" and {ids.Length - 5} more" : "");
    }
}
