using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Validation;

public enum IssueSeverity
{
    /// <summary>The feature cannot be stored as it is.</summary>
    Error,
    /// <summary>The feature is stored, but the user should know (e.g. a dropped Z, a missing class).</summary>
    Warning,
}

/// <summary>
/// One problem found in a feature, as data: what is wrong (<see cref="Message"/>), which check
/// (<see cref="Code"/>, stable for scripts), and where: the property, or the coordinate.
/// </summary>
public sealed record ValidationIssue(
    IssueSeverity Severity,
    string Code,
    string Message,
    string? Property = null,
    Coordinate? Location = null)
{
    public static ValidationIssue Error(string code, string message, string? property = null, Coordinate? location = null) =>
        new(IssueSeverity.Error, code, message, property, location);

    public static ValidationIssue Warning(string code, string message, string? property = null, Coordinate? location = null) =>
        new(IssueSeverity.Warning, code, message, property, location);

    public bool IsError => Severity == IssueSeverity.Error;

    public override string ToString()
    {
        var where = Location is null ? "" : $" at ({Location.X:0.#######}, {Location.Y:0.#######})";
        return $"{(IsError ? "error" : "warning")} [{Code}]: {Message}{where}";
    }
}
