namespace EcoSpace.Core.Audit;

/// <summary>The red-line audit: each layer's comparison, and the options it ran with.</summary>
public sealed record RedLineAuditResult(IReadOnlyList<LayerAudit> Layers, RedLineAuditOptions Options)
{
    /// <summary>Every violation, layer by layer.</summary>
    public IReadOnlyList<RedLineViolation> Violations => Layers.SelectMany(l => l.Violations).ToArray();

    /// <summary>One verdict per check over all layers, in the order of <see cref="AuditRules.All"/>.</summary>
    public IReadOnlyList<RuleVerdict> Verdicts => RuleVerdict.Of(Violations);

    public bool Passed => Layers.All(l => l.Passed);
}
