using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// The features a ratio is computed from: the segments (shoreline or river_bank) and, for grouping
/// and the bay share, the admin_region and bay polygons (empty when the project has none).
/// <see cref="Lengths"/> may carry the segments' lengths measured beforehand (a reader can measure
/// while it reads); they are used when measured on the ellipsoid the ratio uses.
/// </summary>
public sealed record RatioInputs(
    IReadOnlyList<EcoFeature> Segments,
    IReadOnlyList<EcoFeature> Regions,
    IReadOnlyList<EcoFeature> Bays,
    Provenance Provenance)
{
    public SegmentLengths? Lengths { get; init; }

    /// <summary>Each segment's geodesic length on <paramref name="ellipsoid"/>: <see cref="Lengths"/> when it fits, else measured now.</summary>
    internal IReadOnlyList<double> LengthsMeters(Ellipsoid ellipsoid) =>
        Lengths is { } given && given.Ellipsoid == ellipsoid && given.Meters.Count == Segments.Count
            ? given.Meters
            : GeodesicMeasure.LengthsMeters(Segments.Select(s => s.Geometry).ToArray(), ellipsoid);
}

/// <summary>Segment lengths in metres (element i: segment i) and the ellipsoid they were measured on.</summary>
public sealed record SegmentLengths(Ellipsoid Ellipsoid, IReadOnlyList<double> Meters);
