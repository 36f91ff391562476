using EcoSpace.Core.Features;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Topology;

/// <summary>
/// A feature whose geometry is not OGC valid: NTS's verdict (<see cref="Problem"/>, e.g.
/// "Self-intersection"; <see cref="Code"/>, e.g. <c>self_intersection</c>) and where (lon/lat).
/// </summary>
public sealed record InvalidGeometry(EcoFeature Feature, string Code, string Problem, Coordinate? Location);

/// <summary>
/// Two features of one kind that overlap: the shared geometry, its geodesic area (polygons, m²) or
/// length (lines, m: length counted twice), and a point of the shared geometry to look at.
/// </summary>
public sealed record TopologyOverlap(EcoFeature A, EcoFeature B, Geometry Shared, double? AreaSquareMeters, double? LengthMeters,
    Coordinate Location);

/// <summary>How two duplicate geometries match: vertex for vertex, reversed, or the same vertices otherwise reordered.</summary>
public enum DuplicateMatch
{
    /// <summary>The same vertices in the same order.</summary>
    Identical,
    /// <summary>The same vertices in reverse order (a line or ring drawn the other way).</summary>
    Reversed,
    /// <summary>The same geometry once normalised: a ring starting at another vertex, parts in another order.</summary>
    Reordered,
}

/// <summary>
/// Two features of one kind with the same geometry: counted twice in every total. Size is the
/// geodesic area (m²) or length (m) of one of them; Location a point of it.
/// </summary>
public sealed record DuplicateGeometry(EcoFeature A, EcoFeature B, DuplicateMatch Match, double? AreaSquareMeters, double? LengthMeters,
    Coordinate Location);
