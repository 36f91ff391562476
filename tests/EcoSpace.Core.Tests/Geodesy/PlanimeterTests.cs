using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>
/// GeographicLib's published polygon checks (Planimeter0-21 of geodtest.c, also in
/// geographiclib/test/test_geodesic.py, GeographicLib 2.0, MIT licence), on WGS84, (lat, lon) pairs.
/// </summary>
public class PlanimeterTests
{
    private const double EllipsoidArea = 510065621724088.5093; // WGS84, as published

    private static GeodesicPolygonResult Planimeter(params (double Lat, double Lon)[] points)
    {
        GeodesicPolygon polygon = Geodesic.Wgs84.Polygon();
        foreach (var (lat, lon) in points)
            polygon.AddPoint(lat, lon);
        return polygon.Compute(reverse: false, signed: true);
    }

    [Fact]
    public void Planimeter0PolygonsAroundAPoleAndTheEquatorMatch()
    {
        var r = Planimeter((89, 0), (89, 90), (89, 180), (89, 270));
        Assert.Equal(631819.8745, r.PerimeterMeters, 1e-4);
        Assert.Equal(24952305678.0, r.AreaSquareMeters, 1.0);
        r = Planimeter((-89, 0), (-89, 90), (-89, 180), (-89, 270));
        Assert.Equal(631819.8745, r.PerimeterMeters, 1e-4);
        Assert.Equal(-24952305678.0, r.AreaSquareMeters, 1.0);
        r = Planimeter((0, -1), (-1, 0), (0, 1.0), (1, 0));
        Assert.Equal(627598.2731, r.PerimeterMeters, 1e-4);
        Assert.Equal(24619419146.0, r.AreaSquareMeters, 1.0);
        r = Planimeter((90, 0), (0, 0), (0, 90));
        Assert.Equal(30022685, r.PerimeterMeters, 1.0);
        Assert.Equal(63758202715511.0, r.AreaSquareMeters, 1.0);
    }

    [Fact]
    public void Planimeter5APolygonCrossingThePoleMatches()
    {
        var r = Planimeter((89, 0.1), (89, 90.1), (89, -179.9));
        Assert.Equal(539297, r.PerimeterMeters, 1.0);
        Assert.Equal(12476152838.5, r.AreaSquareMeters, 1.0);
    }

    [Theory] // Planimeter6: degenerate polygons along a parallel, with rounding in lon12
    [InlineData(-0.00000000000001, 180, 0)]
    [InlineData(0.00000000000001, 0, 180)]
    [InlineData(0.00000000000001, 180, 0)]
    [InlineData(-0.00000000000001, 0, 180)]
    public void Planimeter6DegenerateTrianglesHaveNoArea(double lon1, double lon2, double lon3)
    {
        var r = Planimeter((9, lon1), (9, lon2), (9, lon3));
        Assert.Equal(36026861, r.PerimeterMeters, 1.0);
        Assert.Equal(0, r.AreaSquareMeters, 1.0);
    }

    [Fact]
    public void Planimeter12TheArcticCircleBothWaysHasNoArea()
    {
        var r = Planimeter((66.562222222, 0), (66.562222222, 180), (66.562222222, 360));
        Assert.Equal(10465729, r.PerimeterMeters, 1.0);
        Assert.Equal(0, r.AreaSquareMeters, 1.0);
        r = Planimeter((66.562222222, -0.0), (66.562222222, -180), (66.562222222, -360));
        Assert.Equal(10465729, r.PerimeterMeters, 1.0);
        Assert.Equal(0, r.AreaSquareMeters, 1.0);
    }

    [Fact]
    public void Planimeter13EncirclingThePoleTwiceMatches()
    {
        var r = Planimeter((89, -360), (89, -240), (89, -120), (89, 0), (89, 120), (89, 240));
        Assert.Equal(1160741, r.PerimeterMeters, 1.0);
        Assert.Equal(32415230256.0, r.AreaSquareMeters, 1.0);
    }

    [Fact]
    public void Planimeter15ReverseAndSignGiveTheFourConventions()
    {
        const double area = 18454562325.45119;
        GeodesicPolygon polygon = Geodesic.Wgs84.Polygon();
        polygon.AddPoint(2, 1.0);
        polygon.AddPoint(1, 2);
        polygon.AddPoint(3, 3);
        Assert.Equal(area, polygon.Compute(false, true).AreaSquareMeters, 0.5);
        Assert.Equal(area, polygon.Compute(false, false).AreaSquareMeters, 0.5);
        Assert.Equal(-area, polygon.Compute(true, true).AreaSquareMeters, 0.5);
        Assert.Equal(EllipsoidArea - area, polygon.Compute(true, false).AreaSquareMeters, 0.5);
    }

    [Fact]
    public void Planimeter19DegeneratePolygonsMeasureZero()
    {
        GeodesicPolygon polygon = Geodesic.Wgs84.Polygon();
        Assert.Equal(new GeodesicPolygonResult(0, 0, 0), polygon.Compute());
        polygon.AddPoint(1, 1.0);
        Assert.Equal(new GeodesicPolygonResult(1, 0, 0), polygon.Compute());
    }

    [Fact]
    public void Planimeter21CirclingThePoleThreeAndFourTimesCountsEachCircuit()
    {
        const double lat = 45, circuit = 39433884866571.4277;
        GeodesicPolygon polygon = Geodesic.Wgs84.Polygon();
        for (int i = 1; i <= 4; i++)
        {
            polygon.AddPoint(lat, 60);
            polygon.AddPoint(lat, 180);
            polygon.AddPoint(lat, -60);
            if (i < 3) continue;
            Assert.Equal(i * circuit, polygon.Compute(false, true).AreaSquareMeters, 0.5);
            Assert.Equal(i * circuit, polygon.Compute(false, false).AreaSquareMeters, 0.5);
            Assert.Equal(-i * circuit, polygon.Compute(true, true).AreaSquareMeters, 0.5);
            Assert.Equal(-i * circuit + EllipsoidArea, polygon.Compute(true, false).AreaSquareMeters, 0.5);
        }
    }

    [Fact]
    public void TheEllipsoidAreaIsThePublishedOne()
    {
        Assert.Equal(EllipsoidArea, Geodesic.Wgs84.EllipsoidAreaSquareMeters, 0.5);
    }

    [Fact]
    public void ClearStartsANewPolygon()
    {
        GeodesicPolygon polygon = Geodesic.Wgs84.Polygon();
        polygon.AddPoint(10, 10);
        polygon.AddPoint(11, 12);
        polygon.Clear();
        polygon.AddPoint(89, 0.1);
        polygon.AddPoint(89, 90.1);
        polygon.AddPoint(89, -179.9);
        Assert.Equal(12476152838.5, polygon.Compute().AreaSquareMeters, 1.0);
        Assert.Equal(3, polygon.PointCount);
    }
}
