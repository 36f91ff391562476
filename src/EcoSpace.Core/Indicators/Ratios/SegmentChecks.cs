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

    /// <summary>
    /// Segments without a code (<c>class</c>, <c>zone</c>) are in the denominator only when it counts
    /// every segment, and never in the numerator: the result says how many and how long they are.
    /// </summary>
    public static void WarnUncoded(IReadOnlyList<EcoFeature> segments, IReadOnlyList<double> lengthsMeters, string property,
        string what, Settings.CodeSet denominator, List<string> warnings)
    {
        var uncoded = Enumerable.Range(0, segments.Count).Where(i => segments[i].Text(property) is null).ToArray();
        if (uncoded.Length == 0)
            return;
        double meters = uncoded.Sum(i => lengthsMeters[i]);
        warnings.Add(denominator.IsAll
            ? $"{uncoded.Length} {what} segment(s), {meters:F3} m, have no {property}: they count in the denominator only"
            : $"{uncoded.Length} {what} segment(s), {meters:F3} m, have no {property}: they are left out of the ratio");
    }

    /// <summary>Up to five ids, then how many more.</summary>
    public static string Ids(IEnumerable<EcoFeature> features)
    {
        var ids = features.Select(f => f.Id).ToArray();
        return string.Join(", ", ids.Take(5)) + (ids.Length > 5 ? $" and {ids.Length - 5} more" : "");
    }
}
