using EcoSpace.Core.Features;

namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// The features a ratio is computed from: the segments (shoreline or river_bank) and, for grouping
/// and the bay share, the admin_region and bay polygons (empty when the project has none).
/// </summary>
public sealed record RatioInputs(
    IReadOnlyList<EcoFeature> Segments,
    IReadOnlyList<EcoFeature> Regions,
    IReadOnlyList<EcoFeature> Bays,
    Provenance Provenance);
