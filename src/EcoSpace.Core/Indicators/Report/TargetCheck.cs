namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// The status of a value against its target. The comparison is exact, on the unrounded value, in
/// the unit the target is written in (ha, km, ratio 0..1): the same two numbers the JSON report
/// shows as <c>value</c> (or <c>ratio</c>) and <c>target</c>, so anyone can check it. Display
/// rounding never decides a status.
/// </summary>
public static class TargetCheck
{
    /// <summary>No value (nothing to divide by): <see cref="TargetStatus.NotApplicable"/>; no target: <see cref="TargetStatus.NoTarget"/>.</summary>
    public static TargetStatus Status(ReportQuantity quantity, double? valueSi, ReportTarget? target)
    {
        if (valueSi is not { } si)
            return TargetStatus.NotApplicable;
        if (target is null)
            return TargetStatus.NoTarget;
        return target.Comparison switch
        {
            TargetComparison.AtLeast => quantity.ToTargetUnit(si) >= target.ValueInSettingUnit ? TargetStatus.Met : TargetStatus.NotMet,
            _ => throw new InvalidOperationException(target.Comparison.ToString()),
        };
    }
}
