namespace EcoSpace.Core.Audit;

/// <summary>
/// One layer's audit: feature counts and total geodesic areas (m²) at the baseline and now, every
/// feature (baseline order, then the added ones in their order), and every violation (the total
/// first, then feature by feature). Overlaps between features of a layer are not removed from the
/// totals (they are topology errors, which the topology check finds).
/// </summary>
public sealed record LayerAudit(
    string Kind,
    int BaselineCount,
    int NowCount,
    double BaselineAreaSquareMeters,
    double NowAreaSquareMeters,
    IReadOnlyList<FeatureChange> Features,
    IReadOnlyList<RedLineViolation> Violations)
{
    /// <summary>Now minus baseline, m²: negative is a loss.</summary>
    public double ChangeSquareMeters => NowAreaSquareMeters - BaselineAreaSquareMeters;

    public IReadOnlyList<string> RemovedIds => Ids(FeatureChangeStatus.Removed);

    public IReadOnlyList<string> AddedIds => Ids(FeatureChangeStatus.Added);

    /// <summary>One verdict per check of <see cref="AuditRules.All"/>, in that order.</summary>
    public IReadOnlyList<RuleVerdict> Verdicts => RuleVerdict.Of(Violations);

    public bool Passed => Violations.Count == 0;

    private string[] Ids(FeatureChangeStatus status) => Features.Where(f => f.Status == status).Select(f => f.Id).ToArray();
}
