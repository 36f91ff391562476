using EcoSpace.Core.Overlay;

namespace EcoSpace.Core.Topology;

/// <summary>
/// How <see cref="TopologyCheck"/> measures overlaps: the sliver tolerances (default 1 m², 0.5 m,
/// DOMAIN.md §4) and the ellipsoid (default GRS 80, CGCS2000) of <see cref="OverlapOptions"/>.
/// </summary>
public sealed record TopologyOptions
{
    public static TopologyOptions Default { get; } = new();

    public OverlapOptions Overlaps { get; init; } = OverlapOptions.Default;
}
