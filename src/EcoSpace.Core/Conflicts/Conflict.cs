using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// One flagged pair: the rule, its severity, feature A (the development or farmland that must give
/// way) and feature B (the red line, protected area, shoreline or bank segment… it conflicts with),
/// and what they share: <see cref="Shared"/> (lon/lat, CGCS2000) measured geodesically as an area in
/// m² (polygon rules) or a length in m (the part of a segment inside the polygon).
/// </summary>
public sealed record Conflict(
    string Rule,
    ConflictSeverity Severity,
    string AId,
    string AKind,
    string BId,
    string BKind,
    double? AreaSquareMeters,
    double? LengthMeters,
    Geometry Shared)
{
    /// <summary>Whether <paramref name="kind"/>/<paramref name="id"/> is one of the two features.</summary>
    public bool Involves(string kind, string id) => (AKind == kind && AId == id) || (BKind == kind && BId == id);
}
