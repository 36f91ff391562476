using EcoSpace.Core.Indicators.Ratios;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// What <see cref="ConflictCheck"/> found: the conflicts ordered by rule (catalog order), then A's
/// id, then B's id (ordinal); a summary row per rule and severity it checked (also when nothing was
/// found, so a reader sees what was checked); the slivers dropped per rule checked; warnings (invalid
/// geometry repaired for the overlay, missing properties, near misses); the data version.
/// </summary>
public sealed record ConflictResult(
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<ConflictCount> Summary,
    IReadOnlyList<RuleSlivers> SliversDropped,
    IReadOnlyList<string> Warnings,
    Provenance Provenance);

/// <summary>
/// The conflicts of one rule and severity: how many, and their total area (m², area rules) or length
/// (m, length rules); the other total is null.
/// </summary>
public sealed record ConflictCount(string Rule, ConflictSeverity Severity, int Count, double? AreaSquareMeters, double? LengthMeters);

/// <summary>How many overlaps of one rule were below the sliver tolerance and dropped.</summary>
public sealed record RuleSlivers(string Rule, int Count);
