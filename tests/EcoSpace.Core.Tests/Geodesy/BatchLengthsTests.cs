using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>
/// <see cref="GeodesicMeasure.LengthsMeters"/>, the all-cores path the ratios use, keeps the 1 mm
/// accuracy: every line of the east-China coast against data/expected (pyproj), and a line long
/// enough to be cut into runs measures as one.
/// </summary>
public class BatchLengthsTests
{
    [Fact]
    public void EveryEastChinaCoastLineMeasuresLikeTheOracle()
    {
        var features = GeodesyTestData.Features("perf/east-china-coast-gshhg-full.geojson").Select(f => f!).ToArray();
        var (expected, totals) = GeodesyTestData.Expected("east-china-coast-gshhg-full.grs80.jsonl");

        double[] lengths = GeodesicMeasure.LengthsMeters(features);

        Assert.Equal(expected.Count, lengths.Length);
        var worst = Enumerable.Range(0, lengths.Length).MaxBy(i => Math.Abs(lengths[i] - expected[i].LengthMeters!.Value));
        Assert.True(Math.Abs(lengths[worst] - expected[worst].LengthMeters!.Value) <= 1e-3,
            $"line {worst}: {lengths[worst]} m, expected {expected[worst].LengthMeters} m");
        Assert.Equal(totals.LengthMeters, lengths.Sum(), 1e-3);
    }

    [Fact]
    public void ALineCutIntoRunsMeasuresAsOneLine()
    {
        // 100 001 vertices, several runs of 16 384 edges: every edge is measured exactly once.
        var points = Enumerable.Range(0, 100_001)
            .Select(i => new Coordinate(119 + i * 1e-5, 34.5 + Math.Sin(i * 1e-3) * 0.01))
            .ToArray();
        var line = new GeometryFactory().CreateLineString(points);

        double batch = GeodesicMeasure.LengthsMeters([line])[0];
        double single = GeodesicMeasure.LengthMeters(line);

        Assert.Equal(single, batch, 1e-6);
    }

    [Fact]
    public void PolygonsInTheBatchGiveTheirPerimeterAsLengthDoes()
    {
        var polygon = new GeometryFactory().CreatePolygon([new(119, 34), new(120, 34), new(120, 35), new(119, 35), new(119, 34)]);
        Assert.Equal(GeodesicMeasure.LengthMeters(polygon), GeodesicMeasure.LengthsMeters([polygon])[0], 1e-9);
    }
}
