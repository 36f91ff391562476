namespace EcoSpace.Core.Indicators.Report;

/// <summary>Whether an indicator meets its target (达标 / 未达标 / 无目标).</summary>
public enum TargetStatus
{
    Met,
    NotMet,

    /// <summary>The project has no target for the indicator (its setting is <c>none</c>).</summary>
    NoTarget,
}
