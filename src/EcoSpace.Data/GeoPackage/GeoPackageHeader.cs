namespace EcoSpace.Data.GeoPackage;

/// <summary>
/// The file-level GeoPackage identity: the SQLite header's application_id and user_version
/// (OGC 12-128r18 req. 2). Version 1.3 is written because its RTree triggers (update1..update4)
/// are the ones GDAL 3.6 and its validate_gpkg.py know.
/// </summary>
internal static class GeoPackageHeader
{
    /// <summary>'GPKG' as a big-endian 32-bit integer.</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage 1.3.0 as MMmmpp.</summary>
    public const int UserVersion = 10300;
}
