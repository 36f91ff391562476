namespace EcoSpace.Core.Indicators.Report;

/// <summary>Whether an indicator meets its target (达标 / 未达标 / 无目标 / 不适用).</summary>
public enum TargetStatus
{
    Met,
    NotMet,

    /// <summary>The project has no target for the indicator (its setting is <c>none</c>).</summary>
    NoTarget,

    /// <summary>
    /// The indicator has no value for this project: nothing to divide by (an inland city has no
    /// coast; DOMAIN.md §1 reports Changzhou's rows 13 and 18 as not applicable).
    /// </summary>
    NotApplicable,
}
