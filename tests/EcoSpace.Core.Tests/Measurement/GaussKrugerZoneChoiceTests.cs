using EcoSpace.Core.Features;
using EcoSpace.Core.Measurement;
using EcoSpace.Core.Projection;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Measurement;

/// <summary>Which 3° zone a feature is measured in: the one holding its envelope's centre.</summary>
public class GaussKrugerZoneChoiceTests
{
    private static readonly GeometryFactory Factory = Cgcs2000.Factory;

    private static LineString Line(double lon1, double lon2, double lat = 34.7) =>
        Factory.CreateLineString([new Coordinate(lon1, lat), new Coordinate(lon2, lat + 0.1)]);

    [Theory]
    [InlineData(118.6, 4549, 120)] // 118.6 / 3 = 39.53 → 40
    [InlineData(118.4, 4548, 117)] // 118.4 / 3 = 39.47 → 39
    [InlineData(119.3, 4549, 120)] // Lianyungang
    [InlineData(121.5, 4550, 123)] // on the edge: the eastern zone, as ⌊(lon + 1.5) / 3⌋
    [InlineData(124.5, 4551, 126)] // the same at every edge (no round-half-to-even)
    [InlineData(73.5, 4534, 75)] // the west edge of the first zone
    [InlineData(136.49, 4554, 135)] // just inside the east edge of the last one
    public void TheZoneIsTheNearestCentralMeridianToTheEnvelopeCentre(double centreLon, int epsg, double centralMeridianDegrees)
    {
        LineString line = Line(centreLon - 0.05, centreLon + 0.05);

        GaussKrugerLengthResult? result = GaussKrugerLength.Measure(line);

        Assert.Equal(epsg, result?.Epsg);
        Assert.Equal(centralMeridianDegrees, result?.CentralMeridianDegrees);
        Assert.Equal(epsg, GaussKrugerLength.ZoneOf(line)?.Epsg);
    }

    [Fact]
    public void TheEnvelopeCentreDecidesNotTheFirstVertex()
    {
        // Starts in CM 117E's strip (118.0) but its envelope centre, 118.6, is in CM 120E's.
        LineString line = Line(118.0, 119.2);

        Assert.Equal(4549, GaussKrugerLength.Measure(line)?.Epsg);
    }

    [Theory]
    [InlineData(73.49)]
    [InlineData(136.5)]
    [InlineData(140.0)]
    [InlineData(-120.0)]
    public void OutsideTheCgcs2000ThreeDegreeZonesThereIsNoPlaneLength(double centreLon)
    {
        LineString line = Line(centreLon - 0.005, centreLon + 0.005);

        Assert.Null(GaussKrugerLength.Measure(line));
        Assert.Null(GaussKrugerLength.ZoneOf(line));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(73.4999)]
    [InlineData(136.5)]
    public void ThreeDegreeZoneAtIsNullWhereThereIsNone(double lon) => Assert.Null(GaussKrugerZones.ThreeDegreeZoneAt(lon));
}
