namespace EcoSpace.Core.Topology;

/// <summary>
/// What <see cref="TopologyCheck.Run"/> found in one kind. Every problem is of severity
/// <see cref="Severity"/> (DOMAIN.md §4). A pair of duplicates is listed once, under
/// <see cref="Duplicates"/>, not again under <see cref="Overlaps"/>. Warnings say where overlaps were
/// computed on a repaired copy of an invalid polygon.
/// </summary>
public sealed record TopologyResult(
    IReadOnlyList<InvalidGeometry> Invalid,
    IReadOnlyList<TopologyOverlap> Overlaps,
    IReadOnlyList<DuplicateGeometry> Duplicates,
    int SliversDropped,
    IReadOnlyList<string> Warnings,
    TopologyTimings Timings)
{
    public const string Severity = "error";

    public int ProblemCount => Invalid.Count + Overlaps.Count + Duplicates.Count;
}

/// <summary>Wall time of each part of the check: validity (IsValidOp), overlaps (<see cref="Overlay.Overlaps.Within"/>), duplicates.</summary>
public sealed record TopologyTimings(TimeSpan Validity, TimeSpan Overlaps, TimeSpan Duplicates);
