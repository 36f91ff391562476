using EcoSpace.Core.Validation;

namespace EcoSpace.Data.Import;

/// <summary>A problem with one input feature: which one (<see cref="Where"/>: index, id, line) and what.</summary>
public sealed record ImportIssue(int Index, string? Id, string Where, ValidationIssue Issue)
{
    public string Message => $"{Where}: {Issue}";

    public override string ToString() => Message;
}
