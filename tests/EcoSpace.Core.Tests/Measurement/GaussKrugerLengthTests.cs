using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Measurement;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace EcoSpace.Core.Tests.Measurement;

/// <summary>
/// Gauss-Krüger plane lengths against PROJ. Every expected length was computed with pyproj
/// (/usr/bin/python3, Debian python3-pyproj) as
/// <code>
/// import math
/// from pyproj import Transformer
/// def plane(parts, epsg):  # parts: lists of (lon, lat); the sum of straight distances in the zone
///     t = Transformer.from_crs(4490, epsg, always_xy=True)
///     total = 0.0
///     for part in parts:
///         xs, ys = t.transform([p[0] for p in part], [p[1] for p in part])
///         total += sum(math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]) for i in range(len(xs) - 1))
///     return total
/// </code>
/// with the call written beside each figure, and printed with repr().
/// </summary>
public class GaussKrugerLengthTests
{
    private const double MillimetreMeters = 0.001;

    // Stored geometries: SRID 4490, packed coordinate sequences (x = longitude).
    private static readonly GeometryFactory Factory = Cgcs2000.Factory;

    private static LineString Line(params double[] lonLat) => Factory.CreateLineString(Sequence(lonLat));

    private static LinearRing Ring(params double[] lonLat) => Factory.CreateLinearRing(Sequence(lonLat));

    private static CoordinateSequence Sequence(double[] lonLat) =>
        PackedCoordinateSequenceFactory.DoubleFactory.Create(lonLat, 2, 0);

    // SHORT = [(119.2, 34.6), (119.3, 34.75), (119.5, 34.9), (119.35, 34.8)], near Lianyungang.
    private static readonly LineString Short = Line(119.2, 34.6, 119.3, 34.75, 119.5, 34.9, 119.35, 34.8);

    [Fact]
    public void AShortLineNearLianyungangIsMeasuredInZoneCm120AsProjDoes()
    {
        GaussKrugerLengthResult? result = GaussKrugerLength.Measure(Short);

        Assert.NotNull(result);
        Assert.Equal(4549, result.Value.Epsg);
        Assert.Equal(120, result.Value.CentralMeridianDegrees);
        Assert.Equal(61374.202225012916, result.Value.LengthMeters, MillimetreMeters); // plane([SHORT], 4549)
    }

    [Fact]
    public void AtTheZoneEdgeThePlaneLengthReadsLongByTheScaleFactor()
    {
        // EDGE = [(121.40, 34.95), (121.45, 35.0), (121.49, 35.05)]: 1.4-1.5° east of CM 120E.
        LineString edge = Line(121.40, 34.95, 121.45, 35.0, 121.49, 35.05);

        double plane = GaussKrugerLength.Measure(edge)!.Value.LengthMeters;
        double geodesic = GeodesicMeasure.LengthMeters(edge);

        Assert.Equal(13827.813076071194, plane, MillimetreMeters); // plane([EDGE], 4549)
        Assert.Equal(13824.841660545932, geodesic, MillimetreMeters); // Geod(ellps='GRS80').line_length(lons, lats)
        // 0.0215 % long: the point scale PROJ gives in the middle of the line,
        // Proj(4549).get_factors(121.45, 35.0).parallel_scale. On the edge itself (121.5 E) the scale
        // is 1.000230-1.000235 at Lianyungang's latitudes (35.2-34.3 N), DOMAIN's "about 0.024 %".
        double excess = plane / geodesic - 1;
        Assert.InRange(excess, 0.0002, 0.00025);
        Assert.Equal(1.0002158720049652 - 1, excess, 2e-6);
    }

    [Fact]
    public void APolygonMeasuresThePerimeterOfAllItsRings()
    {
        // SHELL = [(119.2, 34.7), (119.4, 34.7), (119.4, 34.9), (119.2, 34.9), (119.2, 34.7)]
        // HOLE = [(119.25, 34.75), (119.35, 34.75), (119.35, 34.85), (119.25, 34.85), (119.25, 34.75)]
        Polygon polygon = Factory.CreatePolygon(
            Ring(119.2, 34.7, 119.4, 34.7, 119.4, 34.9, 119.2, 34.9, 119.2, 34.7),
            [Ring(119.25, 34.75, 119.35, 34.75, 119.35, 34.85, 119.25, 34.85, 119.25, 34.75)]);

        GaussKrugerLengthResult? result = GaussKrugerLength.Measure(polygon);

        Assert.Equal(4549, result?.Epsg);
        Assert.Equal(121474.12655644503, result!.Value.LengthMeters, MillimetreMeters); // plane([SHELL, HOLE], 4549)
    }

    [Fact]
    public void AMultiLineSumsItsPartsWithoutJoiningThem()
    {
        // A = [(119.2, 34.6), (119.3, 34.7)], B = [(119.6, 34.5), (119.7, 34.45), (119.8, 34.5)]
        MultiLineString lines = Factory.CreateMultiLineString(
            [Line(119.2, 34.6, 119.3, 34.7), Line(119.6, 34.5, 119.7, 34.45, 119.8, 34.5)]);

        GaussKrugerLengthResult? result = GaussKrugerLength.Measure(lines);

        Assert.Equal(4549, result?.Epsg);
        Assert.Equal(35854.82809326505, result!.Value.LengthMeters, MillimetreMeters); // plane([A, B], 4549)
    }

    [Fact]
    public void AnExplicitZoneIsUsedWhereverTheLineLies()
    {
        GaussKrugerLengthResult result = GaussKrugerLength.Measure(Short, 4548);

        Assert.Equal(4548, result.Epsg);
        Assert.Equal(117, result.CentralMeridianDegrees);
        Assert.Equal(61406.91453335722, result.LengthMeters, MillimetreMeters); // plane([SHORT], 4548)
    }

    [Fact]
    public void AZonePrefixedCodeMeasuresAsItsCentralMeridiansCode()
    {
        GaussKrugerLengthResult result = GaussKrugerLength.Measure(Short, 4528); // 3° zone 40 = CM 120E

        Assert.Equal(4528, result.Epsg);
        Assert.Equal(120, result.CentralMeridianDegrees);
        Assert.Equal(61374.20222500789, result.LengthMeters, MillimetreMeters); // plane([SHORT], 4528)
    }

    [Theory]
    [InlineData(4490)]
    [InlineData(4555)]
    [InlineData(3857)]
    public void AnExplicitCodeThatIsNoGaussKrugerZoneIsRefused(int epsg) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GaussKrugerLength.Measure(Short, epsg));

    [Fact]
    public void CoordinatesHeldAsCoordinateObjectsMeasureTheSame()
    {
        LineString plain = new GeometryFactory().CreateLineString(Short.Coordinates);

        Assert.Equal(GaussKrugerLength.Measure(Short), GaussKrugerLength.Measure(plain));
    }

    [Fact]
    public void ZIsIgnored()
    {
        LineString withZ = new GeometryFactory().CreateLineString(
            Short.Coordinates.Select((c, i) => new CoordinateZ(c.X, c.Y, 1000 * i)).ToArray());

        Assert.Equal(61374.202225012916, GaussKrugerLength.Measure(withZ)!.Value.LengthMeters, MillimetreMeters);
    }

    [Fact]
    public void PointsMeasureZeroAndCollectionsSumTheirMembers()
    {
        Point point = Factory.CreatePoint(new Coordinate(119.3, 34.7));
        GeometryCollection collection = Factory.CreateGeometryCollection([point, Short]);

        Assert.Equal(0, GaussKrugerLength.Measure(point)!.Value.LengthMeters);
        Assert.Equal(61374.202225012916, GaussKrugerLength.Measure(collection)!.Value.LengthMeters, MillimetreMeters);
    }

    [Fact]
    public void AnEmptyGeometryHasNoZoneButMeasuresZeroInAGivenOne()
    {
        LineString empty = Factory.CreateLineString();

        Assert.Null(GaussKrugerLength.Measure(empty));
        Assert.Equal(0, GaussKrugerLength.Measure(empty, 4549).LengthMeters);
    }

    [Fact]
    public void MeasuringFromManyThreadsAtOnceGivesTheSameLengths()
    {
        LineString west = Line(118.2, 34.6, 118.3, 34.75, 118.5, 34.9); // CM 117E
        double shortLength = GaussKrugerLength.Measure(Short)!.Value.LengthMeters;
        double westLength = GaussKrugerLength.Measure(west)!.Value.LengthMeters;

        Parallel.For(0, 2000, i =>
        {
            if (i % 2 == 0)
                Assert.Equal(shortLength, GaussKrugerLength.Measure(Short)!.Value.LengthMeters);
            else
                Assert.Equal(westLength, GaussKrugerLength.Measure(west)!.Value.LengthMeters);
        });
    }
}
