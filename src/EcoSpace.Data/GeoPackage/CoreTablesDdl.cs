namespace EcoSpace.Data.GeoPackage;

/// <summary>The GeoPackage core tables (OGC 12-128r18 tables 18-21, 29) and their required rows.</summary>
internal static class CoreTablesDdl
{
    public static IEnumerable<string> Statements()
    {
        yield return """
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL PRIMARY KEY,
              organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL,
              definition TEXT NOT NULL,
              description TEXT)
            """;
        yield return """
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY,
              data_type TEXT NOT NULL,
              identifier TEXT UNIQUE,
              description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE,
              min_y DOUBLE,
              max_x DOUBLE,
              max_y DOUBLE,
              srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))
            """;
        yield return """
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL,
              column_name TEXT NOT NULL,
              geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL,
              z TINYINT NOT NULL,
              m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))
            """;
        yield return """
            CREATE TABLE gpkg_extensions (
              table_name TEXT,
              column_name TEXT,
              extension_name TEXT NOT NULL,
              definition TEXT NOT NULL,
              scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))
            """;
        foreach (var srs in SpatialRefSys.Required)
        {
            yield return $"""
                INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
                VALUES ({Sql.Literal(srs.Name)}, {srs.SrsId}, {Sql.Literal(srs.Organization)}, {srs.OrganizationId},
                        {Sql.Literal(srs.Definition)}, {Sql.Literal(srs.Description)})
                """;
        }
    }

    /// <summary>Registers a non-spatial table (data_type 'attributes', GeoPackage 1.2+).</summary>
    public static string RegisterAttributes(string table, string description) => $"""
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
        VALUES ('{table}', 'attributes', '{table}', {Sql.Literal(description)})
        """;
}
