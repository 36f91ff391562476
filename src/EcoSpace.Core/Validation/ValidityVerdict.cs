using NetTopologySuite.Operation.Valid;

namespace EcoSpace.Core.Validation;

/// <summary>What a validity check found: the first OGC error, or why no verdict could be reached, or neither (valid).</summary>
public sealed record ValidityVerdict(TopologyValidationError? Error, string? Failure)
{
    public static readonly ValidityVerdict Valid = new(null, null);

    public bool IsValid => Error is null && Failure is null;
}
