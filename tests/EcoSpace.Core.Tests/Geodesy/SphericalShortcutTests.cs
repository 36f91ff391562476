using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>Why DOMAIN.md §5 forbids shortcuts: on the sample coast they miss the 1 mm tolerance by metres.</summary>
public class SphericalShortcutTests
{
    private const double MeanEarthRadiusMeters = 6371008.8; // IUGG mean radius R1
    private const double OracleMainlandLengthMeters = 224288.184726179; // expected/lianyungang-coast-gshhg-full.grs80.jsonl

    private static LineString MainlandCoast() =>
        (LineString)GeodesyTestData.Features("coast/lianyungang-coast-gshhg-full.geojson")[0]!;

    [Fact]
    public void TheEllipsoidalLengthOfTheLianyungangMainlandCoastIsTheOracles()
    {
        Assert.Equal(OracleMainlandLengthMeters, GeodesicMeasure.LengthMeters(MainlandCoast()), 1e-3);
    }

    [Fact]
    public void AHaversineOnTheMeanSphereMissesTheLianyungangCoastByMetres()
    {
        double sphere = 0;
        CoordinateSequence points = MainlandCoast().CoordinateSequence;
        for (int i = 1; i < points.Count; i++)
            sphere += Haversine(points.GetY(i - 1), points.GetX(i - 1), points.GetY(i), points.GetX(i));

        double error = sphere - GeodesicMeasure.LengthMeters(MainlandCoast());
        Assert.True(Math.Abs(error) > 1, $"sphere {sphere} m is only {error} m off");
    }

    [Fact]
    public void PlanarDegreesScaledAtTheEquatorMissTheLianyungangCoastByKilometres()
    {
        double degrees = MainlandCoast().Length; // NTS: planar length in degrees
        double planar = degrees * Math.PI / 180 * Ellipsoid.Grs80.EquatorialRadiusMeters;
        Assert.True(Math.Abs(planar - OracleMainlandLengthMeters) > 1000, $"planar {planar} m");
    }

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double rad = Math.PI / 180;
        double h = Math.Pow(Math.Sin((lat2 - lat1) * rad / 2), 2) +
                   Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Pow(Math.Sin((lon2 - lon1) * rad / 2), 2);
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Sqrt(h));
    }
}
