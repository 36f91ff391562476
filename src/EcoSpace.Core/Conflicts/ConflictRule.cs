namespace EcoSpace.Core.Conflicts;

/// <summary>
/// One rule of DOMAIN.md §4: its name (lower snake_case, the key in every output), Chinese and
/// English labels, the severities it can give (one, or critical/high by protected-area zone), what
/// it measures, which kinds it pairs (A is the one that must give way: development or farmland) and
/// the source it rests on.
/// </summary>
public sealed record ConflictRule(
    string Name,
    string Zh,
    string En,
    IReadOnlyList<ConflictSeverity> Severities,
    ConflictMeasure Measure,
    string Pairs,
    string Basis);
