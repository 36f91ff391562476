using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>
/// Path lengths take a vectorised fast path for short edges (Geodesic.ShortEdges.cs) that must give
/// the very bits of the scalar inverse problem, so that it costs no accuracy at all.
/// </summary>
public class ShortEdgeFastPathTests
{
    private static readonly GeometryFactory Factory = new();

    private static void AssertEveryEdgeIsTheInverseDistance(CoordinateSequence points, Ellipsoid ellipsoid)
    {
        double[] lengths = GeodesicMeasure.EdgeLengthsMeters(points, ellipsoid);
        Assert.Equal(Math.Max(0, points.Count - 1), lengths.Length);
        Geodesic geodesic = Geodesic.For(ellipsoid);
        for (int i = 0; i < lengths.Length; i++)
        {
            double expected = geodesic.DistanceMeters(points.GetY(i), points.GetX(i), points.GetY(i + 1), points.GetX(i + 1));
            if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(lengths[i]))
                Assert.Fail($"edge {i} ({points.GetX(i):R} {points.GetY(i):R} to {points.GetX(i + 1):R} {points.GetY(i + 1):R}): " +
                            $"{lengths[i]:R} m, the inverse gives {expected:R} m");
        }
    }

    [Fact]
    public void EveryEdgeOfTheEastChinaCoastIsBitForBitTheInverseDistance()
    {
        foreach (Geometry? line in GeodesyTestData.Features("perf/east-china-coast-gshhg-full.geojson"))
            AssertEveryEdgeIsTheInverseDistance(((LineString)line!).CoordinateSequence, Ellipsoid.Grs80);
    }

    [Fact]
    public void RandomShortEdgesAllOverTheEllipsoidAreBitForBitTheInverseDistance()
    {
        var random = new Random(20240611);
        foreach (Ellipsoid ellipsoid in new[] { Ellipsoid.Grs80, Ellipsoid.Wgs84, new Ellipsoid("prolate", 6.4e6, -1 / 150.0) })
        {
            for (int path = 0; path < 300; path++)
            {
                double lat = random.NextDouble() * 180 - 90, lon = random.NextDouble() * 360 - 180;
                double step = Math.Pow(10, -random.Next(0, 9)); // from 1° down to 1e-8° (1 mm)
                var points = new Coordinate[41];
                for (int i = 0; i < points.Length; i++)
                {
                    points[i] = new Coordinate(lon, lat);
                    lat = Math.Clamp(lat + (random.NextDouble() - 0.5) * step, -90, 90);
                    lon = Math.IEEERemainder(lon + (random.NextDouble() - 0.5) * step, 360);
                }
                AssertEveryEdgeIsTheInverseDistance(Factory.CreateLineString(points).CoordinateSequence, ellipsoid);
            }
        }
    }

    [Fact]
    public void SpecialEdgesAreBitForBitTheInverseDistance()
    {
        // Along a parallel and a meridian, across the antimeridian and the equator, at the poles,
        // repeated points, and long or nearly antipodal edges between them.
        double[] lonLat =
        [
            119.2, 34.7, 119.3, 34.7, 119.3, 34.8, 119.3, 34.8, 179.9, 10, -179.9, 10, -179.9, -0.1,
            -179.8, 0.1, 0, 0, 0.001, 0, 0.001, 90, 45, 90, 45, 89.9999, -135, -89.9, 45, 89.9, -45, -34.7,
            -45.001, -34.7, 10, 1e-20, 10.001, -1e-20, 10.002, 45, 10.003, -45, 10.004, -45.0000001,
        ];
        var points = new Coordinate[lonLat.Length / 2];
        for (int i = 0; i < points.Length; i++)
            points[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        CoordinateSequence sequence = Factory.CreateLineString(points).CoordinateSequence;
        for (int offset = 0; offset < 4; offset++) // every edge in every lane of a batch
            AssertEveryEdgeIsTheInverseDistance(
                Factory.CreateLineString(points[offset..]).CoordinateSequence, Ellipsoid.Grs80);
        Assert.True(sequence.Count > 8);
    }

    [Fact]
    public void NonFiniteCoordinatesGiveNaNLengthsWithoutDisturbingTheirNeighbours()
    {
        Coordinate[] points = [new(119.2, 34.7), new(119.3, 34.7), new(double.NaN, 34.8), new(119.4, 34.8), new(119.5, 34.9), new(119.6, 34.9)];
        double[] lengths = GeodesicMeasure.EdgeLengthsMeters(Factory.CreateLineString(points).CoordinateSequence);
        Assert.True(double.IsNaN(lengths[1]) && double.IsNaN(lengths[2]));
        Assert.Equal(Geodesic.Grs80.DistanceMeters(34.7, 119.2, 34.7, 119.3), lengths[0]);
        Assert.Equal(Geodesic.Grs80.DistanceMeters(34.8, 119.4, 34.9, 119.5), lengths[3]);
        Assert.Equal(Geodesic.Grs80.DistanceMeters(34.9, 119.5, 34.9, 119.6), lengths[4]);
    }
}
