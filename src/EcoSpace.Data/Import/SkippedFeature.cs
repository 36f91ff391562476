using EcoSpace.Core.Validation;

namespace EcoSpace.Data.Import;

/// <summary>An input feature left out by an import with SkipInvalid, and why.</summary>
public sealed record SkippedFeature(int Index, string? Id, string Where, IReadOnlyList<ValidationIssue> Reasons)
{
    public string Reason => string.Join("; ", Reasons.Select(r => r.ToString()));

    public override string ToString() => $"{Where}: {Reason}";
}
