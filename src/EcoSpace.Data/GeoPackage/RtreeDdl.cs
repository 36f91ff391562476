namespace EcoSpace.Data.GeoPackage;

/// <summary>
/// The RTree Spatial Index extension (OGC 12-128r18 annex F.3, GeoPackage 1.3 trigger set):
/// a virtual rtree table kept current by triggers that call ST_IsEmpty and ST_Min/MaxX/Y.
/// </summary>
internal static class RtreeDdl
{
    public static string RtreeName(string table, string column) => $"rtree_{table}_{column}";

    public static string InsertTriggerName(string table, string column) => $"{RtreeName(table, column)}_insert";

    public static IEnumerable<string> Statements(string table, string column, string key)
    {
        string rtree = RtreeName(table, column);
        string t = Sql.Quote(table), c = Sql.Quote(column), i = Sql.Quote(key), r = Sql.Quote(rtree);

        yield return $"""
            INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
            VALUES ('{table}', '{column}', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')
            """;
        yield return $"CREATE VIRTUAL TABLE {r} USING rtree(id, minx, maxx, miny, maxy)";
        yield return InsertTrigger(table, column, key);
        yield return $"""
            CREATE TRIGGER "{rtree}_update1" AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND {Present(c)}
            BEGIN INSERT OR REPLACE INTO {r} VALUES (NEW.{i}, {Box(c)}); END
            """;
        yield return $"""
            CREATE TRIGGER "{rtree}_update2" AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND {Absent(c)}
            BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END
            """;
        yield return $"""
            CREATE TRIGGER "{rtree}_update3" AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND {Present(c)}
            BEGIN DELETE FROM {r} WHERE id = OLD.{i}; INSERT OR REPLACE INTO {r} VALUES (NEW.{i}, {Box(c)}); END
            """;
        yield return $"""
            CREATE TRIGGER "{rtree}_update4" AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND {Absent(c)}
            BEGIN DELETE FROM {r} WHERE id IN (OLD.{i}, NEW.{i}); END
            """;
        yield return $"""
            CREATE TRIGGER "{rtree}_delete" AFTER DELETE ON {t} WHEN OLD.{c} NOT NULL
            BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END
            """;
    }

    /// <summary>The insert trigger alone: bulk imports drop it and put it back in the same transaction.</summary>
    public static string InsertTrigger(string table, string column, string key)
    {
        string c = Sql.Quote(column), i = Sql.Quote(key);
        return $"""
            CREATE TRIGGER {Sql.Quote(InsertTriggerName(table, column))} AFTER INSERT ON {Sql.Quote(table)} WHEN {Present(c)}
            BEGIN INSERT OR REPLACE INTO {Sql.Quote(RtreeName(table, column))} VALUES (NEW.{i}, {Box(c)}); END
            """;
    }

    private static string Box(string c) => $"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})";

    private static string Present(string c) => $"(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))";

    private static string Absent(string c) => $"(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))";
}
