namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// An indicator's target: <see cref="ValueInSettingUnit"/> in the unit of its setting (km, ha, or a ratio 0..1),
/// how the value is compared with it, the setting it comes from and where that setting's default
/// comes from (<see cref="Settings.SettingDefinition.Source"/>).
/// </summary>
public sealed record ReportTarget(string SettingKey, double ValueInSettingUnit, TargetComparison Comparison, string Source);

/// <summary>How a value is compared with its target. Every target of the plan's table is a floor.</summary>
public enum TargetComparison
{
    /// <summary>Met when value ≥ target (不低于, 不减少).</summary>
    AtLeast,
}
