using EcoSpace.Core.Validation;

namespace EcoSpace.Core.Features;

/// <summary>
/// A feature as read from an input file, before it is validated against its kind and stored.
/// <see cref="Feature"/> is null when the input could not be made into a feature at all (e.g. a null
/// geometry); <see cref="Issues"/> then says why. <see cref="Index"/> is 0-based in file order and
/// <see cref="Line"/> is the 1-based line where the feature starts, for messages.
/// </summary>
public sealed record FeatureCandidate(
    int Index,
    long Line,
    string? Id,
    EcoFeature? Feature,
    IReadOnlyList<ValidationIssue> Issues)
{
    public bool HasErrors => Feature is null || Issues.Any(i => i.IsError);

    /// <summary>"feature #3 (id "a-1", line 40)": where the feature is in its file.</summary>
    public string Where => Id is null
        ? $"feature #{Index} (no id, line {Line})"
        : $"feature #{Index} (id \"{Id}\", line {Line})";
}
