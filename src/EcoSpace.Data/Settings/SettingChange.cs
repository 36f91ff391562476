namespace EcoSpace.Data.Settings;

/// <summary>One change of a project setting: the new value (null: back to the default), who and when.</summary>
public sealed record SettingChange(string Key, string? Value, string User, DateTimeOffset At);
