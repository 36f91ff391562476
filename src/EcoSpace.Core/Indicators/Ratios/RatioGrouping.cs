namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>How a ratio is broken down (DOMAIN.md §3, Grouping).</summary>
public enum RatioGrouping
{
    None,

    /// <summary>By administrative region: segments cut at <c>admin_region</c> boundaries, else the <c>region</c> property.</summary>
    Region,

    /// <summary>By shoreline <c>class</c>.</summary>
    Class,

    /// <summary>By bank <c>zone</c>.</summary>
    Zone,

    /// <summary>By bay: segments cut at <c>bay</c> polygons, else the shoreline <c>bay</c> property.</summary>
    Bay,

    /// <summary>By bank <c>river</c>.</summary>
    River,
}
