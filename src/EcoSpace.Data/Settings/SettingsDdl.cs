using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.Settings;

/// <summary>
/// ecospace_settings is append-only: each change of a setting is a row, the newest row of a key is
/// its value, and a row with a NULL value returns the key to its default. So auditors can see who
/// changed a target or a class set, and when.
/// </summary>
internal static class SettingsDdl
{
    public const string Table = "ecospace_settings";

    public static IEnumerable<string> Statements()
    {
        yield return $"""
            CREATE TABLE {Table} (
              seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              key TEXT NOT NULL,
              value TEXT,
              "user" TEXT NOT NULL,
              at TEXT NOT NULL)
            """;
        yield return $"CREATE INDEX {Table}_key ON {Table} (key, seq)";
        yield return CoreTablesDdl.RegisterAttributes(Table,
            "EcoSpace project settings (ratio class sets, targets): every change, newest row per key wins, NULL = default");
    }
}
