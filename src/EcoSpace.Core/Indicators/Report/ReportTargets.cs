using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>The target of a row from its setting: null when the setting is <c>none</c>.</summary>
internal static class ReportTargets
{
    public static ReportTarget? From(string settingKey, double? value) =>
        value is { } v ? new ReportTarget(settingKey, v, TargetComparison.AtLeast, SettingCatalog.Get(settingKey).Source) : null;
}
