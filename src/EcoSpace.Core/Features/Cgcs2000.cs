using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Features;

/// <summary>
/// The stored coordinate system: longitude/latitude on CGCS2000 (EPSG:4490), x = longitude.
/// WGS 84 / CRS84 input is taken as CGCS2000 unchanged: the two differ by centimetres.
/// </summary>
public static class Cgcs2000
{
    public const int Srid = 4490;

    /// <summary>Geometry factory for stored geometries (floating precision, SRID 4490).</summary>
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), Srid);
}
