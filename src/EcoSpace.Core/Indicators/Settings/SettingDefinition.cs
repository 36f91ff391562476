namespace EcoSpace.Core.Indicators.Settings;

/// <summary>
/// One per-project setting: its key, labels, default (as text, the form users type) and, for code
/// sets, the kind and property whose code list the values come from. <see cref="Source"/> says
/// where the default comes from, for auditors.
/// </summary>
public sealed record SettingDefinition(
    string Key,
    SettingKind Kind,
    string DefaultText,
    string Zh,
    string En,
    string Source,
    string? CodeKind = null,
    string? CodeProperty = null,
    string? Unit = null);
