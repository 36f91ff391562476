using EcoSpace.Data.GeoPackage;

namespace EcoSpace.Data.Meta;

internal static class MetaDdl
{
    public static IEnumerable<string> Statements()
    {
        // GeoPackage attribute tables need an INTEGER primary key (req. 119); key is the real one.
        yield return $"CREATE TABLE {MetaEntry.Table} (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, key TEXT NOT NULL UNIQUE, value TEXT NOT NULL)";
        yield return $"""
            INSERT INTO {MetaEntry.Table} (key, value) VALUES
              ('{MetaEntry.SchemaVersionKey}', '{StoreSchema.Version}'),
              ('{MetaEntry.DataVersionKey}', '0'),
              ('{MetaEntry.CreatedByKey}', 'EcoSpace')
            """;
        yield return CoreTablesDdl.RegisterAttributes(MetaEntry.Table, "EcoSpace store settings: schema version, data version");
    }
}
