using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoSpace.Core.Projection;

/// <summary>
/// Builds ProjNet transforms between CGCS2000 lon/lat (EPSG:4490, x = longitude, degrees) and a
/// Gauss-Krüger zone (x = easting, y = northing, metres) from parameters: no database, no network.
/// Each call builds a new transform. A ProjNet <see cref="MathTransform"/> is not thread-safe: use
/// one per thread. Transform many points in one call, e.g. interleaved x, y pairs in place with
/// <c>transform.Transform(xy, xy[1..], 2, 2)</c>.
/// </summary>
public static class GaussKrugerTransforms
{
    // CGCS2000 ellipsoid: a = 6 378 137 m, 1/f = 298.257222101 (the same numbers as GRS80).
    private const double SemiMajorAxisMeters = 6_378_137;
    private const double InverseFlattening = 298.257222101;

    /// <summary>Forward: longitude, latitude in degrees → easting, northing in metres.</summary>
    public static MathTransform FromLonLat(GaussKrugerZone zone)
    {
        var (lonLat, projected) = CoordinateSystems(zone);
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(lonLat, projected).MathTransform;
    }

    /// <summary>Inverse: easting, northing in metres → longitude, latitude in degrees.</summary>
    public static MathTransform ToLonLat(GaussKrugerZone zone)
    {
        var (lonLat, projected) = CoordinateSystems(zone);
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(projected, lonLat).MathTransform;
    }

    private static (GeographicCoordinateSystem LonLat, ProjectedCoordinateSystem Projected) CoordinateSystems(GaussKrugerZone zone)
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
        return (lonLat, projected);
    }

    private static GeographicCoordinateSystem Cgcs2000LonLat(CoordinateSystemFactory factory)
    {
        var ellipsoid = factory.CreateFlattenedSphere("CGCS2000", SemiMajorAxisMeters, InverseFlattening, LinearUnit.Metre);
        var datum = factory.CreateHorizontalDatum("China 2000", DatumType.HD_Geocentric, ellipsoid, null);
        return factory.CreateGeographicCoordinateSystem("CGCS2000", AngularUnit.Degrees, datum, PrimeMeridian.Greenwich,
            new AxisInfo("Longitude", AxisOrientationEnum.East), new AxisInfo("Latitude", AxisOrientationEnum.North));
    }
}
