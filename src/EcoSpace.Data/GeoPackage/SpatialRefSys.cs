namespace EcoSpace.Data.GeoPackage;

/// <summary>One row of gpkg_spatial_ref_sys.</summary>
internal sealed record SpatialRefSys(string Name, int SrsId, string Organization, int OrganizationId, string Definition, string Description)
{
    public const int Cgcs2000Id = 4490;

    /// <summary>The rows a GeoPackage must have (-1, 0, 4326; OGC 12-128 req. 11) plus the store's CGCS2000.</summary>
    public static IReadOnlyList<SpatialRefSys> Required { get; } =
    [
        new("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
        new("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
        new("WGS 84 geodetic", 4326, "EPSG", 4326,
            """GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]""",
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        new("China Geodetic Coordinate System 2000", Cgcs2000Id, "EPSG", Cgcs2000Id,
            """GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4490"]]""",
            "CGCS2000 longitude/latitude in decimal degrees (EcoSpace stores x = longitude)"),
    ];
}
