using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoSpace.Formats.Crs;

/// <summary>
/// Builds ProjNet inverse projections from parameters (no database, no network). Lon/lat output is
/// on the CGCS2000 ellipsoid for Gauss-Krüger; EPSG:3857 gives WGS 84 lon/lat, taken as CGCS2000.
/// </summary>
internal static class ProjectedToLonLat
{
    // CGCS2000 ellipsoid: a = 6 378 137 m, 1/f = 298.257222101 (the same numbers as GRS80).
    private const double SemiMajorAxisMeters = 6_378_137;
    private const double InverseFlattening = 298.257222101;

    public static MathTransform GaussKruger(GaussKrugerZones.Zone zone)
    {
        var factory = new CoordinateSystemFactory();
        var lonLat = Cgcs2000LonLat(factory);
        var projection = factory.CreateProjection(zone.Name, "Transverse_Mercator",
        [
            new("latitude_of_origin", 0),
            new("central_meridian", zone.CentralMeridianDegrees),
            new("scale_factor", 1),
            new("false_easting", zone.FalseEastingMeters),
            new("false_northing", 0),
        ]);
        var projected = factory.CreateProjectedCoordinateSystem(zone.Name, lonLat, projection, LinearUnit.Metre,
            new AxisInfo("Easting", AxisOrientationEnum.East), new AxisInfo("Northing", AxisOrientationEnum.North));
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(projected, lonLat).MathTransform;
    }

    public static MathTransform WebMercator() =>
        new CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(ProjectedCoordinateSystem.WebMercator, GeographicCoordinateSystem.WGS84)
            .MathTransform;

    private static GeographicCoordinateSystem Cgcs2000LonLat(CoordinateSystemFactory factory)
    {
        var ellipsoid = factory.CreateFlattenedSphere("CGCS2000", SemiMajorAxisMeters, InverseFlattening, LinearUnit.Metre);
        var datum = factory.CreateHorizontalDatum("China 2000", DatumType.HD_Geocentric, ellipsoid, null);
        return factory.CreateGeographicCoordinateSystem("CGCS2000", AngularUnit.Degrees, datum, PrimeMeridian.Greenwich,
            new AxisInfo("Longitude", AxisOrientationEnum.East), new AxisInfo("Latitude", AxisOrientationEnum.North));
    }
}
