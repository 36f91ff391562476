using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Audit;

/// <summary>
/// How <see cref="RedLineAudit"/> measures and what counts as a reduction. An area went down when it
/// lost more than <see cref="ToleranceSquareMeters"/> and more than <see cref="ToleranceRelative"/> of
/// its baseline: by default 1 m² (DOMAIN.md §4's sliver tolerance) or 1e-9 of the area, whichever is
/// larger (1e-9 is the accuracy DOMAIN.md §5 asks of a polygon's area, so floating-point noise in a
/// huge marine polygon never reads as a loss). Coordinates rounded on the way (a GeoJSON baseline
/// written at 7 decimals, about 1 cm) can move a large, detailed polygon's area by more than that:
/// write baseline files with more decimals (<c>export --precision 9</c>), or raise the tolerance.
/// </summary>
public sealed record RedLineAuditOptions
{
    public Ellipsoid Ellipsoid { get; init; } = Ellipsoid.Grs80;

    public double ToleranceSquareMeters { get; init; } = 1.0;

    public double ToleranceRelative { get; init; } = 1e-9;

    /// <summary>Whether going from <paramref name="baselineSquareMeters"/> to <paramref name="nowSquareMeters"/> is a reduction.</summary>
    public bool IsReduction(double baselineSquareMeters, double nowSquareMeters) =>
        baselineSquareMeters - nowSquareMeters > Math.Max(ToleranceSquareMeters, ToleranceRelative * Math.Abs(baselineSquareMeters));
}
