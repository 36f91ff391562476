namespace EcoSpace.Core.Indicators.Ratios;

/// <summary>
/// A length ratio (DOMAIN.md §3) and everything needed to reproduce it: numerator and denominator in
/// metres, the code sets used, the grouping, the ellipsoid, the data version and when it was computed.
/// <see cref="Ratio"/> is 0..1, null when the denominator is 0. A ratio over groups is
/// Σnumerator / Σdenominator, never an average.
/// </summary>
public sealed record RatioResult(
    string Indicator,
    double? Ratio,
    double NumeratorMeters,
    double DenominatorMeters,
    RatioClasses Classes,
    RatioGrouping GroupedBy,
    IReadOnlyList<RatioGroup> Groups,
    string Ellipsoid,
    Provenance Provenance,
    MeasureStatistics Statistics,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Island coast (<c>mainland: false</c>) with the same class sets; shoreline only.</summary>
    public IslandCoast? Islands { get; init; }

    /// <summary>The beautiful-bay shoreline share; shoreline only.</summary>
    public BayShare? BayShare { get; init; }

    public const string NaturalShorelineRetention = "natural_shoreline_retention";
    public const string BankProtection = "bank_protection";

    public static double? Divide(double numerator, double denominator) =>
        denominator > 0 ? numerator / denominator : null;
}

/// <summary>The property the code sets apply to (<c>class</c>, <c>zone</c>) and the codes of the numerator and the denominator (<c>*</c>: all).</summary>
public sealed record RatioClasses(string Property, IReadOnlyList<string> Numerator, IReadOnlyList<string> Denominator);

/// <summary>
/// One group of a grouped ratio. <see cref="Key"/> is the region code, class, zone, bay or river;
/// null for what has none (no property, or outside every polygon). <see cref="Pieces"/> counts
/// segments, or the pieces of segments cut at region or bay boundaries.
/// </summary>
public sealed record RatioGroup(string? Key, string? Label, double? Ratio, double NumeratorMeters, double DenominatorMeters, int Pieces);

/// <summary>Island coast measured like the mainland, reported beside it and never mixed into it.</summary>
public sealed record IslandCoast(double? Ratio, double NumeratorMeters, double DenominatorMeters, int Segments);

/// <summary>
/// Mainland shoreline inside bay polygons whose status is counted (default <c>built</c>) over all
/// mainland shoreline (DOMAIN.md §3). <see cref="Bays"/> lists every bay polygon with the mainland
/// coast inside it, counted or not.
/// </summary>
public sealed record BayShare(double? Share, double NumeratorMeters, double DenominatorMeters, IReadOnlyList<string> CountedStatuses, IReadOnlyList<BayCoast> Bays);

public sealed record BayCoast(string Id, string? Name, string? Status, bool Counted, double MainlandLengthMeters);

/// <summary>Which data a result was computed on, and when.</summary>
public sealed record Provenance(long DataVersion, DateTimeOffset ComputedAt);

/// <summary>How much was measured: segments and vertices.</summary>
public sealed record MeasureStatistics(int Segments, long Vertices);
