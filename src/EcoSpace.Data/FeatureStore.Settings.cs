using System.Globalization;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Data.Database;
using EcoSpace.Data.Settings;
using EcoSpace.Data.Writing;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>The settings the project has changed from their defaults (key → canonical text).</summary>
    public IReadOnlyDictionary<string, string> StoredSettings()
    {
        var values = new Dictionary<string, string>();
        foreach (var change in SettingChanges())
        {
            if (change.Value is null)
                values.Remove(change.Key);
            else
                values[change.Key] = change.Value;
        }
        return values;
    }

    /// <summary>The ratio and report settings: defaults overlaid with the project's own.</summary>
    /// <exception cref="StoreFileException">The store holds a setting this build cannot read (edited by hand).</exception>
    public IndicatorSettings IndicatorSettings()
    {
        try
        {
            return Core.Indicators.Settings.IndicatorSettings.From(StoredSettings());
        }
        catch (SettingException e)
        {
            throw new StoreFileException(Path, $"holds a setting this EcoSpace cannot use ({e.Message}); fix it with 'ecospace settings set' or 'settings reset'", e);
        }
    }

    /// <summary>Every change of every setting, oldest first.</summary>
    public IReadOnlyList<SettingChange> SettingChanges()
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, value, \"user\", at FROM {SettingsDdl.Table} ORDER BY seq";
        using var reader = command.ExecuteReader();
        var changes = new List<SettingChange>();
        while (reader.Read())
        {
            changes.Add(new SettingChange(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }
        return changes;
    }

    /// <summary>
    /// Sets <paramref name="key"/> to <paramref name="text"/> (checked and made canonical, see
    /// <see cref="SettingCatalog.Check"/>), or back to its default when <paramref name="text"/> is null.
    /// Returns the stored text (null: default).
    /// </summary>
    /// <exception cref="SettingException">Unknown key or a value that does not fit; nothing is written. A key
    /// this build does not know can still be reset when the store holds it (a newer EcoSpace wrote it).</exception>
    public string? SetSetting(string key, string? text, string user)
    {
        string? value = text is null ? null : SettingCatalog.Check(key, text);
        if (text is null && !StoredSettings().ContainsKey(key))
            SettingCatalog.Get(key);
        return StoreBusyException.Translate(Path, () =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {SettingsDdl.Table} (key, value, \"user\", at) VALUES ($key, $value, $user, $at)";
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$value", (object?)value ?? DBNull.Value);
            command.Parameters.AddWithValue("$user", user);
            command.Parameters.AddWithValue("$at", UtcTimestamp.Now());
            command.ExecuteNonQuery();
            transaction.Commit();
            return value;
        });
    }
}
