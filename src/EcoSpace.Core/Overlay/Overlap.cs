using EcoSpace.Core.Features;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Overlay;

/// <summary>
/// Two features that overlap: the shared geometry (lon/lat) and its geodesic size, an area in m²
/// when both are polygons, else a length in m (a line inside a polygon, or lines along each other).
/// </summary>
public sealed record Overlap(EcoFeature A, EcoFeature B, Geometry Shared, double? AreaSquareMeters, double? LengthMeters);

/// <summary>The overlaps found, in the order of the inputs (A, then B), and how many slivers were dropped.</summary>
public sealed record OverlapResult(IReadOnlyList<Overlap> Overlaps, int SliversDropped, IReadOnlyList<string> Warnings);
