using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Overlay;

/// <summary>
/// How overlaps are found and measured. Overlaps smaller than the sliver tolerances (DOMAIN.md §4:
/// 1 m², 0.5 m) are digitising noise: dropped, and counted in <see cref="OverlapResult.SliversDropped"/>.
/// </summary>
public sealed record OverlapOptions
{
    public static OverlapOptions Default { get; } = new();

    public double SliverAreaSquareMeters { get; init; } = 1.0;

    public double SliverLengthMeters { get; init; } = 0.5;

    public Ellipsoid Ellipsoid { get; init; } = Ellipsoid.Grs80;

    /// <summary>
    /// Check every polygon's validity and overlay a repaired copy of an invalid one, with a warning
    /// (the default). Off: the caller vouches that the polygons are valid.
    /// </summary>
    public bool RepairInvalid { get; init; } = true;

    /// <summary>
    /// Which polygons are invalid, when the caller has checked already (<c>TopologyCheck</c>): then
    /// validity is not checked again (the slow part on large polygons), and exactly these are repaired.
    /// </summary>
    public Func<EcoFeature, bool>? KnownInvalid { get; init; }
}
