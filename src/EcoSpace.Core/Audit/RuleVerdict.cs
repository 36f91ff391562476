namespace EcoSpace.Core.Audit;

/// <summary>A check (<see cref="AuditRules.All"/>) and what fails it: passed when nothing does.</summary>
public sealed record RuleVerdict(string Rule, IReadOnlyList<RedLineViolation> Violations)
{
    public bool Passed => Violations.Count == 0;

    /// <summary>A verdict per check of <see cref="AuditRules.All"/>, from the violations filed under it.</summary>
    public static IReadOnlyList<RuleVerdict> Of(IReadOnlyList<RedLineViolation> violations) =>
        AuditRules.All.Select(rule => new RuleVerdict(rule, violations.Where(v => v.Check == rule).ToArray())).ToArray();

    /// <summary>Whether a layer's total area went down (area rule only).</summary>
    public bool TotalReduced => Violations.Any(v => v.Finding == ViolationFinding.TotalAreaReduced);

    /// <summary>The features that fail the check, each once, in the order found.</summary>
    public IReadOnlyList<string> OffendingIds => Violations.Where(v => v.FeatureId is not null).Select(v => v.FeatureId!).Distinct().ToArray();
}
