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
    /// Whether a feature's geometry is valid, when the caller already knows (a topology check has
    /// just run IsValidOp on every feature): polygons answered false are repaired before the overlay.
    /// Null: Overlaps checks each polygon itself (IsValidOp: about 2 s per million vertices on one core).
    /// </summary>
    public Func<Features.EcoFeature, bool>? IsValid { get; init; }
}
