namespace EcoSpace.Core.Indicators.Settings;

/// <summary>An unknown setting key, or a value that does not fit the setting; the message says what is allowed.</summary>
public sealed class SettingException(string key, string message) : ArgumentException($"setting '{key}': {message}")
{
    public string Key { get; } = key;
}
