using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Overlay;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// How <see cref="ConflictCheck"/> runs. <see cref="Rules"/> null runs every rule of
/// <see cref="ConflictCatalog"/>. The sliver tolerances (DOMAIN.md §4: 1 m², 0.5 m) drop digitising
/// noise: an overlap smaller than them is not a conflict, and is counted per rule. The length
/// tolerance is also the "tolerance" of <c>shoreline_occupied</c>: a natural segment is occupied
/// when at least that length of it lies inside (or on the edge of) the development polygon; a
/// segment that only comes within that distance is reported as a warning (see
/// <see cref="ShorelineNearMisses"/>). The code sets are the project's settings, so the conflicts
/// and the ratios agree on what natural coast and a protected bank are.
/// </summary>
public sealed record ConflictOptions
{
    public static ConflictOptions Default { get; } = new();

    /// <summary>The rules to run (names of <see cref="ConflictCatalog"/>); null: all.</summary>
    public IReadOnlySet<string>? Rules { get; init; }

    public double SliverAreaSquareMeters { get; init; } = OverlapOptions.Default.SliverAreaSquareMeters;

    public double SliverLengthMeters { get; init; } = OverlapOptions.Default.SliverLengthMeters;

    public Ellipsoid Ellipsoid { get; init; } = Ellipsoid.Grs80;

    /// <summary>Shoreline classes that count as natural coast (setting <c>shoreline.natural_classes</c>).</summary>
    public CodeSet ShorelineNaturalClasses { get; init; } = IndicatorSettings.Defaults.ShorelineNaturalClasses;

    /// <summary>Bank zones that are protected (setting <c>banks.protected_zones</c>).</summary>
    public CodeSet BankProtectedZones { get; init; } = IndicatorSettings.Defaults.BankProtectedZones;

    /// <summary>The defaults with the project's class and zone sets and ellipsoid.</summary>
    public static ConflictOptions From(IndicatorSettings settings) => new()
    {
        Ellipsoid = settings.Ellipsoid,
        ShorelineNaturalClasses = settings.ShorelineNaturalClasses,
        BankProtectedZones = settings.BankProtectedZones,
    };

    public bool Runs(string rule) => Rules is null || Rules.Contains(rule);

    internal OverlapOptions Overlap => new()
    {
        SliverAreaSquareMeters = SliverAreaSquareMeters,
        SliverLengthMeters = SliverLengthMeters,
        Ellipsoid = Ellipsoid,
    };
}
