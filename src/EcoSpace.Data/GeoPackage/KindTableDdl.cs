using System.Text;

namespace EcoSpace.Data.GeoPackage;

/// <summary>The SQL that creates a kind's feature table and registers it as a GeoPackage layer.</summary>
internal static class KindTableDdl
{
    public static IEnumerable<string> Statements(KindTable table)
    {
        yield return CreateTable(table);
        yield return $"""
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
            VALUES ('{table.Name}', 'features', '{table.Name}', {Sql.Literal($"{table.Kind.Zh} / {table.Kind.En}")}, {SpatialRefSys.Cgcs2000Id})
            """;
        yield return $"""
            INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
            VALUES ('{table.Name}', '{KindTable.Geom}', '{table.Kind.GeoPackageGeometryTypeName}', {SpatialRefSys.Cgcs2000Id}, 0, 0)
            """;
        foreach (var sql in RtreeDdl.Statements(table.Name, KindTable.Geom, KindTable.Fid))
            yield return sql;
    }

    private static string CreateTable(KindTable table)
    {
        var sql = new StringBuilder($"CREATE TABLE {Sql.Quote(table.Name)} (\n");
        sql.Append($"  {KindTable.Fid} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n");
        // The declared type is the geometry type name, as GeoPackage req. 25 asks; values are blobs.
        sql.Append($"  {KindTable.Geom} {table.Kind.GeoPackageGeometryTypeName},\n");
        sql.Append($"  {KindTable.Id} TEXT NOT NULL UNIQUE,\n");
        foreach (var property in table.Properties)
            sql.Append($"  {Sql.Quote(property.Name)} {KindTable.SqlType(property.Type)},\n");
        sql.Append($"  {KindTable.ExtraProps} TEXT,\n");
        // The default lets other GIS tools append rows; EcoSpace always writes the version.
        sql.Append($"  {KindTable.Version} INTEGER NOT NULL DEFAULT 1\n)");
        return sql.ToString();
    }
}
