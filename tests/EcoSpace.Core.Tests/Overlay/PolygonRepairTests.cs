using EcoSpace.Core.Overlay;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;

namespace EcoSpace.Core.Tests.Overlay;

/// <summary>
/// PolygonRepair must give NTS GeometryFixer's point set (the judge), valid, while leaving valid
/// polygons as they are.
/// </summary>
public class PolygonRepairTests
{
    private static readonly WKTReader Wkt = new();

    [Theory]
    [InlineData("MULTIPOLYGON (((0 0, 4 4, 4 0, 0 4, 0 0)), ((10 10, 12 10, 12 12, 10 12, 10 10)))", "a bow-tie beside a valid island")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((2 2, 6 2, 6 6, 2 6, 2 2)), ((10 10, 12 10, 12 12, 10 12, 10 10)))", "two overlapping polygons and a separate one")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((4 0, 8 0, 8 4, 4 4, 4 0)))", "polygons sharing an edge")]
    [InlineData("MULTIPOLYGON (((0 0, 9 0, 9 9, 0 9, 0 0)), ((2 2, 3 2, 3 3, 2 3, 2 2)))", "a polygon inside another")]
    [InlineData("MULTIPOLYGON (((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 8 1, 8 8, 1 8, 1 1)), ((2 2, 3 2, 3 3, 2 3, 2 2)))", "a valid island in a lake")]
    [InlineData("POLYGON ((0 0, 4 4, 4 0, 0 4, 0 0))", "a bow-tie polygon")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 2 4, 2 2, 2 4, 0 4, 0 0)))", "a spike")]
    public void GivesGeometryFixersPointSet(string wkt, string what)
    {
        var geometry = Wkt.Read(wkt);

        var repaired = PolygonRepair.Repair(geometry);

        Assert.True(repaired.IsValid, what);
        var reference = GeometryFixer.Fix(geometry);
        Assert.Equal(reference.Area, repaired.Area, 12);
        Assert.True(reference.SymmetricDifference(repaired).Area < 1e-12, what);
    }

    [Fact]
    public void LeavesAValidPolygonAsItIs()
    {
        var polygon = Wkt.Read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))");
        Assert.Same(polygon, PolygonRepair.Repair(polygon));
    }

    [Fact]
    public void AgreesWithGeometryFixerOnRandomMultipolygons()
    {
        var random = new Random(1123);
        var factory = new GeometryFactory();
        for (int n = 0; n < 500; n++)
        {
            var polygons = Enumerable.Range(0, 2 + random.Next(3)).Select(_ =>
            {
                var points = Enumerable.Range(0, 3 + random.Next(4)).Select(_ => new Coordinate(random.Next(6), random.Next(6))).ToList();
                points.Add(points[0].Copy());
                return factory.CreatePolygon([.. points]);
            }).ToArray();
            var geometry = factory.CreateMultiPolygon(polygons);

            var repaired = PolygonRepair.Repair(geometry);

            var reference = GeometryFixer.Fix(geometry);
            Assert.True(repaired.IsValid, geometry.AsText());
            Assert.True(Math.Abs(reference.Area - repaired.Area) < 1e-9 && reference.SymmetricDifference(repaired).Area < 1e-9, geometry.AsText());
        }
    }
}
