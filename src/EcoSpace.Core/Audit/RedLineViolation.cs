namespace EcoSpace.Core.Audit;

/// <summary>What broke the rule: the layer's total, a feature's area, a removal, a nature property.</summary>
public enum ViolationFinding
{
    TotalAreaReduced,
    AreaReduced,
    Removed,
    PropertyChanged,
}

/// <summary>
/// One finding of the audit, filed like a conflict: rule <see cref="AuditRules.RedLineReduced"/>, severity
/// <see cref="AuditRules.Severity"/>, under the check (<see cref="AuditRules.AreaNotReduced"/> or
/// <see cref="AuditRules.NatureUnchanged"/>) it fails. <see cref="FeatureId"/> is null for the layer's
/// total. Areas in m²; <see cref="Property"/>, <see cref="Before"/> and <see cref="After"/> for a property change.
/// </summary>
public sealed record RedLineViolation(
    string Check,
    string Kind,
    string? FeatureId,
    ViolationFinding Finding,
    string Message,
    double? BaselineAreaSquareMeters = null,
    double? NowAreaSquareMeters = null,
    string? Property = null,
    string? Before = null,
    string? After = null)
{
    public string Rule => AuditRules.RedLineReduced;

    public string Severity => AuditRules.Severity;
}
