namespace EcoSpace.Core.Audit;

/// <summary>Whether a feature is in both states, only in the baseline, or only now.</summary>
public enum FeatureChangeStatus
{
    Kept,
    Removed,
    Added,
}

/// <summary>A nature property (see <see cref="AuditRules.NatureProperties"/>) that differs; null = absent.</summary>
public sealed record PropertyChange(string Property, string? Before, string? After);

/// <summary>
/// One feature between the baseline and now: its geodesic areas (null where it does not exist),
/// whether its area went down beyond the tolerance (kept features only), whether its geometry
/// differs at all, and the nature properties that changed.
/// </summary>
public sealed record FeatureChange(
    string Id,
    string? Name,
    FeatureChangeStatus Status,
    double? BaselineAreaSquareMeters,
    double? NowAreaSquareMeters,
    bool AreaReduced,
    bool GeometryChanged,
    IReadOnlyList<PropertyChange> PropertyChanges)
{
    /// <summary>Now minus baseline, m² (a missing side counts 0): negative is a loss.</summary>
    public double ChangeSquareMeters => (NowAreaSquareMeters ?? 0) - (BaselineAreaSquareMeters ?? 0);

    /// <summary>Anything to show: removed, added, geometry or a nature property changed.</summary>
    public bool Changed => Status != FeatureChangeStatus.Kept || GeometryChanged || PropertyChanges.Count > 0;
}
