using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>What GeodesicMeasure counts, for each geometry type (x = longitude, y = latitude).</summary>
public class GeodesicMeasureTests
{
    private static readonly GeometryFactory Factory = new();

    private static LinearRing Ring(params double[] lonLat)
    {
        var coordinates = new Coordinate[lonLat.Length / 2];
        for (int i = 0; i < coordinates.Length; i++)
            coordinates[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        return Factory.CreateLinearRing(coordinates);
    }

    private static LinearRing Reversed(LinearRing ring) => (LinearRing)ring.Reverse();

    // Counter-clockwise squares near Lianyungang: a 0.2° shell with a 0.1° hole.
    private static readonly LinearRing Shell = Ring(119.2, 34.7, 119.4, 34.7, 119.4, 34.9, 119.2, 34.9, 119.2, 34.7);
    private static readonly LinearRing Hole = Ring(119.25, 34.75, 119.35, 34.75, 119.35, 34.85, 119.25, 34.85, 119.25, 34.75);

    private static double RingArea(LinearRing ring) => GeodesicMeasure.RingAreaSquareMeters(ring.CoordinateSequence);

    private static double RingLength(LinearRing ring) => GeodesicMeasure.PathLengthMeters(ring.CoordinateSequence);

    [Fact]
    public void PolygonAreaIsTheShellLessItsHolesWhateverTheRingOrientation()
    {
        double expected = RingArea(Shell) - RingArea(Hole);
        Assert.True(expected > 0);
        foreach (LinearRing shell in new[] { Shell, Reversed(Shell) })
            foreach (LinearRing hole in new[] { Hole, Reversed(Hole) })
                Assert.Equal(expected, GeodesicMeasure.AreaSquareMeters(Factory.CreatePolygon(shell, [hole])), 1e-6);
    }

    [Fact]
    public void SignedRingAreaIsPositiveCounterClockwiseAndNegativeClockwise()
    {
        double ccw = GeodesicMeasure.RingAreaSquareMeters(Shell.CoordinateSequence, signed: true);
        double cw = GeodesicMeasure.RingAreaSquareMeters(Reversed(Shell).CoordinateSequence, signed: true);
        Assert.True(ccw > 0);
        Assert.Equal(-ccw, cw, 1e-6);
        Assert.Equal(ccw, RingArea(Reversed(Shell)), 1e-6);
    }

    [Fact]
    public void AnUnclosedRingHasTheSameAreaAsTheClosedOne()
    {
        CoordinateSequence open = Factory.CreateLineString(Shell.Coordinates[..^1]).CoordinateSequence;
        Assert.Equal(RingArea(Shell), GeodesicMeasure.RingAreaSquareMeters(open), 1e-6);
    }

    [Fact]
    public void MultiPolygonAreaSumsItsPolygons()
    {
        Polygon a = Factory.CreatePolygon(Shell, [Hole]);
        Polygon b = Factory.CreatePolygon(Ring(120, 30, 121, 30, 121, 31, 120, 30));
        double sum = GeodesicMeasure.AreaSquareMeters(a) + GeodesicMeasure.AreaSquareMeters(b);
        Assert.Equal(sum, GeodesicMeasure.AreaSquareMeters(Factory.CreateMultiPolygon([a, b])), 1e-6);
    }

    [Fact]
    public void PolygonLengthAndPerimeterAreTheLengthOfAllItsRings()
    {
        Polygon polygon = Factory.CreatePolygon(Shell, [Hole]);
        double rings = RingLength(Shell) + RingLength(Hole);
        Assert.Equal(rings, GeodesicMeasure.PerimeterMeters(polygon), 1e-9);
        Assert.Equal(rings, GeodesicMeasure.LengthMeters(polygon), 1e-9);
    }

    [Fact]
    public void LinesHaveLengthButNoAreaAndNoPerimeter()
    {
        LineString line = Factory.CreateLineString([new(119.2, 34.7), new(119.4, 34.7), new(119.4, 34.9)]);
        Assert.True(GeodesicMeasure.LengthMeters(line) > 40_000);
        Assert.Equal(0, GeodesicMeasure.AreaSquareMeters(line));
        Assert.Equal(0, GeodesicMeasure.PerimeterMeters(line));
    }

    [Fact]
    public void MultiLineStringLengthSumsItsParts()
    {
        LineString a = Factory.CreateLineString([new(119.2, 34.7), new(119.4, 34.7)]);
        LineString b = Factory.CreateLineString([new(119.4, 34.7), new(119.4, 34.9), new(119.5, 35.0)]);
        Assert.Equal(GeodesicMeasure.LengthMeters(a) + GeodesicMeasure.LengthMeters(b),
            GeodesicMeasure.LengthMeters(Factory.CreateMultiLineString([a, b])), 1e-9);
    }

    [Fact]
    public void AGeometryCollectionSumsItsMembers()
    {
        LineString line = Factory.CreateLineString([new(119.2, 34.7), new(119.4, 34.7)]);
        Polygon polygon = Factory.CreatePolygon(Shell, [Hole]);
        Geometry collection = Factory.CreateGeometryCollection([line, polygon, Factory.CreatePoint(new Coordinate(119, 34))]);

        GeodesicMeasures measures = GeodesicMeasure.Measure(collection);
        Assert.Equal(GeodesicMeasure.LengthMeters(line) + GeodesicMeasure.LengthMeters(polygon), measures.LengthMeters, 1e-9);
        Assert.Equal(GeodesicMeasure.AreaSquareMeters(polygon), measures.AreaSquareMeters, 1e-6);
        Assert.Equal(GeodesicMeasure.PerimeterMeters(polygon), measures.PerimeterMeters, 1e-9);
        Assert.Equal(measures.LengthMeters, GeodesicMeasure.LengthMeters(collection), 1e-9);
        Assert.Equal(measures.AreaSquareMeters, GeodesicMeasure.AreaSquareMeters(collection), 1e-6);
        Assert.Equal(measures.PerimeterMeters, GeodesicMeasure.PerimeterMeters(collection), 1e-9);
    }

    [Fact]
    public void PointsAndEmptyGeometriesMeasureZero()
    {
        Geometry[] nothing =
        [
            Factory.CreatePoint(new Coordinate(119, 34)),
            Factory.CreateMultiPointFromCoords([new(119, 34), new(120, 35)]),
            Factory.CreateLineString(),
            Factory.CreatePolygon(),
            Factory.CreateMultiPolygon(),
            Factory.CreateGeometryCollection(),
        ];
        foreach (Geometry geometry in nothing)
            Assert.Equal(new GeodesicMeasures(0, 0, 0), GeodesicMeasure.Measure(geometry));
        Assert.Equal(0, GeodesicMeasure.PathLengthMeters(Factory.CoordinateSequenceFactory.Create([new Coordinate(119, 34)])));
    }

    [Fact]
    public void ZIsIgnored()
    {
        LineString flat = Factory.CreateLineString([new(119.2, 34.7), new(119.4, 34.9)]);
        LineString raised = Factory.CreateLineString([new CoordinateZ(119.2, 34.7, 0), new CoordinateZ(119.4, 34.9, 5000)]);
        Assert.Equal(GeodesicMeasure.LengthMeters(flat), GeodesicMeasure.LengthMeters(raised));
    }

    [Fact]
    public void TheDefaultEllipsoidIsGrs80AndWgs84DiffersByLessThanAMillimetre()
    {
        LineString line = Factory.CreateLineString([new(119.2, 34.7), new(121.4, 31.2)]);
        double grs80 = GeodesicMeasure.LengthMeters(line, Ellipsoid.Grs80);
        double wgs84 = GeodesicMeasure.LengthMeters(line, Ellipsoid.Wgs84);
        Assert.Equal(grs80, GeodesicMeasure.LengthMeters(line));
        Assert.NotEqual(grs80, wgs84);
        Assert.Equal(grs80, wgs84, 1e-3);
    }

    [Fact]
    public void EllipsoidsCarryTheirDefiningParameters()
    {
        Assert.Equal(6378137, Ellipsoid.Grs80.EquatorialRadiusMeters);
        Assert.Equal(1 / 298.257222101, Ellipsoid.Grs80.Flattening);
        Assert.Equal(1 / 298.257223563, Ellipsoid.Wgs84.Flattening);
        Assert.Equal(6356752.314140347, Ellipsoid.Grs80.PolarRadiusMeters, 1e-6);
    }

    [Fact]
    public void GeodesicsAreSharedPerEllipsoid()
    {
        Assert.Same(Geodesic.Grs80, Geodesic.For(Ellipsoid.Grs80));
        Assert.Same(Geodesic.Grs80, Geodesic.For(new Ellipsoid("GRS80", 6378137, 1 / 298.257222101)));
        Assert.Same(Geodesic.Wgs84, Geodesic.For(Ellipsoid.Wgs84));
        var sphere = new Ellipsoid("sphere", 6371008.8, 0);
        Assert.Same(Geodesic.For(sphere), Geodesic.For(sphere));
    }

    [Fact]
    public void AnEllipsoidWithoutPositiveAxesIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Geodesic(new Ellipsoid("flat", 6378137, 1)));
        Assert.Throws<ArgumentException>(() => new Geodesic(new Ellipsoid("none", 0, 0)));
    }

    [Fact]
    public void APathLengthIsTheSumOfItsEdgeDistances()
    {
        CoordinateSequence points = Factory.CreateLineString(
            [new(119.2, 34.7), new(119.4, 34.7), new(-170, 80), new(10, -80), new(10, -80), new(10.000001, -80)]).CoordinateSequence;
        double sum = 0;
        for (int i = 1; i < points.Count; i++)
            sum += Geodesic.Grs80.DistanceMeters(points.GetY(i - 1), points.GetX(i - 1), points.GetY(i), points.GetX(i));
        Assert.Equal(sum, GeodesicMeasure.PathLengthMeters(points), 1e-6);
    }
}
