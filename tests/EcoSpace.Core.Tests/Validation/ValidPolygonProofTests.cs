using EcoSpace.Core.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;

namespace EcoSpace.Core.Tests.Validation;

/// <summary>
/// The quick validity proof must never call an invalid geometry valid (NTS IsValidOp is the judge),
/// and must prove the common valid cases, touching islands included, or it saves nothing.
/// </summary>
public class ValidPolygonProofTests
{
    private static readonly WKTReader Wkt = new();

    [Theory]
    [InlineData("POLYGON ((0 0, 4 4, 4 0, 0 4, 0 0))", "bow-tie")]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 2 4, 3 2, 1 2, 2 4, 0 4, 0 0))", "ring touching itself at a vertex (inverted hole)")]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 2 4, 2 2, 2 4, 0 4, 0 0))", "zero-width spike")]
    [InlineData("POLYGON ((0 0, 4 0, 0 0, 0 4, 0 0))", "ring doubling back on itself")]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (5 5, 6 5, 6 6, 5 6, 5 5))", "hole outside its shell")]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (0 1, 1 1, 1 2, 0 2, 0 1))", "hole along the shell's edge")]
    [InlineData("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 8 1, 8 8, 1 8, 1 1), (2 2, 3 2, 3 3, 2 3, 2 2))", "hole inside a hole")]
    [InlineData("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 5 1, 5 5, 1 5, 1 1), (3 3, 7 3, 7 7, 3 7, 3 3))", "overlapping holes")]
    [InlineData("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (0 0, 3 1, 1 3, 0 0))", "hole touching the shell at a point (valid, not proven)")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((2 2, 6 2, 6 6, 2 6, 2 2)))", "overlapping polygons")]
    [InlineData("MULTIPOLYGON (((0 0, 9 0, 9 9, 0 9, 0 0)), ((2 2, 3 2, 3 3, 2 3, 2 2)))", "polygon inside another")]
    [InlineData("MULTIPOLYGON (((0 0, 9 0, 9 9, 0 9, 0 0)), ((0 0, 3 1, 1 3, 0 0)))", "polygon inside another, touching it at a vertex")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((4 1, 8 1, 8 3, 4 3, 4 1)))", "polygons sharing part of an edge")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((4 4, 8 4, 8 8, 4 8, 4 4)), ((4 4, 2 6, 6 2, 4 4)))", "polygon crossing two others at their shared corner")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((2 4, 3 6, 1 6, 2 4), (2 2, 3 3, 1 3, 2 2)))", "shell crossing at a point into another polygon")]
    public void AnUnprovableGeometryIsLeftToIsValidOp(string wkt, string what)
    {
        var geometry = Wkt.Read(wkt);
        Assert.False(ValidPolygonProof.Holds(geometry), what);
        Assert.Equal(new IsValidOp(geometry).ValidationError, GeometryChecks.Validity(geometry).Error, TopologyErrorComparer.Instance);
    }

    [Theory]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", "a square")]
    [InlineData("POLYGON ((0 0, 4 0, 4 0, 4 4, 0 4, 0 0))", "a square with a repeated point")]
    [InlineData("POLYGON ((0 0, 2 0, 4 0, 4 4, 0 4, 0 0))", "a square with a straight-through vertex")]
    [InlineData("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1), (3 3, 4 3, 4 4, 3 4, 3 3))", "two holes")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((4 4, 8 4, 8 8, 4 8, 4 4)))", "islands touching at a corner")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((4 2, 6 1, 6 3, 4 2)))", "an island's vertex on another's edge")]
    [InlineData("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((4 0, 8 0, 8 -4, 4 -4, 4 0)))", "islands touching end to end along a line")]
    [InlineData("MULTIPOLYGON (((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 8 1, 8 8, 1 8, 1 1)), ((2 2, 3 2, 3 3, 2 3, 2 2)))", "an island in a lake")]
    public void ACommonValidGeometryIsProven(string wkt, string what)
    {
        var geometry = Wkt.Read(wkt);
        Assert.True(new IsValidOp(geometry).IsValid, what);
        Assert.True(ValidPolygonProof.Holds(geometry), what);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ANonFiniteCoordinateIsNotProven(double x)
    {
        var factory = new GeometryFactory();
        var polygon = factory.CreatePolygon([new(0, 0), new(x, 0), new(4, 4), new(0, 4), new(0, 0)]);
        Assert.False(ValidPolygonProof.Holds(polygon));
        Assert.False(new IsValidOp(polygon).IsValid);
    }

    /// <summary>Found by review: products of coordinate differences underflow below ~1e-154 and overflow above ~1e154.</summary>
    [Theory]
    [InlineData("POLYGON ((-10 -10, 10 -10, 10 10, -10 10, -10 -10), (0 0, 2E-170 0, 1E-170 0, 0 0))")]
    [InlineData("MULTIPOLYGON (((4E-162 4E-162, 5E-162 4E-162, 4E-162 5E-162, 4E-162 4E-162)), ((100 100, 110 100, 110 110, 100 100)))")]
    [InlineData("MULTIPOLYGON (((4E+154 7E+154, 6E+154 5E+154, 4E+154 5E+154, 4E+154 7E+154)), ((5E+154 8E+154, 3E+154 3E+154, 8E+154 5E+154, 5E+154 8E+154)))")]
    [InlineData("POLYGON ((0 1E+155, 1E+155 1E+155, 1E+155 0, 2E+155 1E+155, 3E+155 2E+155, 1E+155 3E+155, 1E+155 2E+155, 0 1E+155))")]
    public void CoordinatesTooLargeOrTooSmallForExactProductsAreLeftToIsValidOp(string wkt) =>
        Assert.False(ValidPolygonProof.Holds(Wkt.Read(wkt)));

    [Fact]
    public void TinyEdgesFarApartAreLeftToIsValidOp()
    {
        // Cells of twice the mean edge (about 1e-6) over a spread of 1e9: too many to number safely.
        var geometry = Wkt.Read("MULTIPOLYGON (((0 0, 0.000001 0, 0.000001 0.000001, 0 0)), ((1000000000 0, 1000000000.000001 0, 1000000000.000001 0.000001, 1000000000 0)))");
        Assert.False(ValidPolygonProof.Holds(geometry));
        Assert.True(GeometryChecks.Validity(geometry).IsValid);
    }

    /// <summary>
    /// Rings of random points on a 5 x 5 grid: touching, crossing, collinear and repeated points are
    /// everyday there. Whatever the proof accepts, IsValidOp must accept; and it must accept a fair
    /// share of the valid ones (touching islands included).
    /// </summary>
    [Fact]
    public void NeverProvesWhatIsValidOpRefusesOnRandomGridGeometries()
    {
        var random = new Random(20261123);
        var factory = new GeometryFactory();
        int valid = 0, proven = 0;
        for (int n = 0; n < 30_000; n++)
        {
            var geometry = RandomPolygonal(random, factory);
            bool isValid = new IsValidOp(geometry).IsValid;
            bool isProven = ValidPolygonProof.Holds(geometry);
            Assert.False(isProven && !isValid, $"proved valid, but IsValidOp says {new IsValidOp(geometry).ValidationError}: {geometry.AsText()}");
            valid += isValid ? 1 : 0;
            proven += isProven ? 1 : 0;
        }
        Assert.True(valid > 3_000, $"only {valid} valid geometries generated");
        Assert.True(proven > valid / 2, $"proved {proven} of {valid} valid geometries");
    }

    private static Geometry RandomPolygonal(Random random, GeometryFactory factory)
    {
        Polygon RandomPolygon()
        {
            var shell = RandomRing(random, factory, 3 + random.Next(5));
            var holes = random.Next(4) == 0 ? [RandomRing(random, factory, 3 + random.Next(2))] : Array.Empty<LinearRing>();
            return factory.CreatePolygon(shell, holes);
        }
        return random.Next(2) == 0
            ? RandomPolygon()
            : factory.CreateMultiPolygon([.. Enumerable.Range(0, 2 + random.Next(2)).Select(_ => RandomPolygon())]);
    }

    /// <summary>A ring of random grid points, half the time sorted by angle around their centre (often simple).</summary>
    private static LinearRing RandomRing(Random random, GeometryFactory factory, int count)
    {
        var points = Enumerable.Range(0, count).Select(_ => new Coordinate(random.Next(5), random.Next(5))).ToList();
        if (random.Next(2) == 0)
        {
            double cx = points.Average(p => p.X) + 0.01, cy = points.Average(p => p.Y) + 0.013;
            points = points.OrderBy(p => Math.Atan2(p.Y - cy, p.X - cx)).ToList();
        }
        points.Add(points[0].Copy());
        return factory.CreateLinearRing([.. points]);
    }

    private sealed class TopologyErrorComparer : IEqualityComparer<TopologyValidationError?>
    {
        public static readonly TopologyErrorComparer Instance = new();

        public bool Equals(TopologyValidationError? x, TopologyValidationError? y) =>
            x is null ? y is null : y is not null && x.ErrorType == y.ErrorType && x.Coordinate.Equals2D(y.Coordinate);

        public int GetHashCode(TopologyValidationError? obj) => obj?.ErrorType.GetHashCode() ?? 0;
    }
}
