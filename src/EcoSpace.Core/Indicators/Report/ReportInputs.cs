using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>The features the report is built from (an empty list for a layer the project lacks) and which data they are.</summary>
public sealed record ReportInputs(
    IReadOnlyList<EcoFeature> RedLines,
    IReadOnlyList<EcoFeature> ProtectedAreas,
    IReadOnlyList<EcoFeature> Restorations,
    IReadOnlyList<EcoFeature> Shorelines,
    IReadOnlyList<EcoFeature> RiverBanks,
    IReadOnlyList<EcoFeature> AdminRegions,
    IReadOnlyList<EcoFeature> Bays,
    Provenance Provenance);
