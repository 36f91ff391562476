using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Data.Settings;

namespace EcoSpace.Cli.Output;

/// <summary>The settings as a table (value, default, description, source) and as --json.</summary>
public static class SettingsOutput
{
    public static void Print(IReadOnlyDictionary<string, string> stored)
    {
        var table = new TextTable("key", "value", "default", "设置", "source");
        foreach (var setting in SettingCatalog.All)
        {
            string value = Value(stored, setting);
            table.Add(setting.Key, value, stored.ContainsKey(setting.Key) ? setting.DefaultText : "(default)", setting.Zh, setting.Source);
        }
        foreach (var (key, value) in stored.Where(s => !SettingCatalog.Keys.Contains(s.Key)))
            table.Add(key, value, "", "（本版本未知，不使用）", "not known to this EcoSpace: ignored; 'settings reset' removes it");
        Console.Out.Write(table);
    }

    public static void PrintJson(IReadOnlyDictionary<string, string> stored) =>
        Json.Print(SettingCatalog.All.Select(s => new
        {
            key = s.Key,
            value = Value(stored, s),
            is_default = !stored.ContainsKey(s.Key),
            @default = s.DefaultText,
            unit = s.Unit,
            label_zh = s.Zh,
            label_en = s.En,
            source = s.Source,
        }));

    public static void PrintHistory(IReadOnlyList<SettingChange> changes, bool json)
    {
        if (json)
        {
            Json.Print(changes.Select(c => new { key = c.Key, value = c.Value, user = c.User, at = c.At }));
            return;
        }
        if (changes.Count == 0)
        {
            Console.Out.WriteLine("no setting was ever changed: every setting has its default");
            return;
        }
        var table = new TextTable("at (UTC)", "user", "key", "value");
        foreach (var c in changes)
            table.Add(c.At.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), c.User, c.Key, c.Value ?? "(default)");
        Console.Out.Write(table);
    }

    /// <summary>The setting's value in force: the stored one, else its default in canonical form.</summary>
    private static string Value(IReadOnlyDictionary<string, string> stored, SettingDefinition setting) =>
        stored.TryGetValue(setting.Key, out var value) ? value : SettingCatalog.Check(setting.Key, setting.DefaultText);
}
