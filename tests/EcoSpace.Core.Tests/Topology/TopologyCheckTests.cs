using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Core.Topology;
using NetTopologySuite.IO;

namespace EcoSpace.Core.Tests.Topology;

/// <summary>
/// The topology rule on hand-made features near Lianyungang. Expected sizes are pyproj's (3.4.1,
/// PROJ 9.1.1, Debian python3-pyproj) on GRS 80, computed once with /usr/bin/python3:
/// <c>g = Geod(a=6378137, f=1/298.257222101)</c>, then <c>g.polygon_area_perimeter(lons, lats)[0]</c>
/// for an overlap and <c>g.line_length(lons, lats)</c> for a length, on the coordinates in each test.
/// </summary>
public class TopologyCheckTests
{
    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);

    private const string SquareA = "POLYGON ((119.30 34.60, 119.40 34.60, 119.40 34.70, 119.30 34.70, 119.30 34.60))";

    private static EcoFeature Feature(string kind, string id, string wkt) => new(id, kind, Wkt.Read(wkt), new JsonObject());

    private static EcoFeature RedLine(string id, string wkt) => Feature("red_line", id, wkt);

    private static EcoFeature Shoreline(string id, string wkt) => Feature("shoreline", id, wkt);

    [Fact]
    public void TwoOverlappingSquaresOverlapByTheirSharedGeodesicArea()
    {
        var b = RedLine("b", "POLYGON ((119.35 34.65, 119.45 34.65, 119.45 34.75, 119.35 34.75, 119.35 34.65))");

        var result = TopologyCheck.Run([RedLine("a", SquareA), b]);

        var overlap = Assert.Single(result.Overlaps);
        Assert.Equal(("a", "b"), (overlap.A.Id, overlap.B.Id));
        // pyproj: polygon_area_perimeter([119.35, 119.40, 119.40, 119.35], [34.65, 34.65, 34.70, 34.70])
        Assert.Equal(25417243.85168457, overlap.AreaSquareMeters!.Value, 1e-6 * 25417243.85168457);
        Assert.Null(overlap.LengthMeters);
        Assert.InRange(overlap.Location.X, 119.35, 119.40);
        Assert.InRange(overlap.Location.Y, 34.65, 34.70);
        Assert.Empty(result.Invalid);
        Assert.Empty(result.Duplicates);
        Assert.Equal(0, result.SliversDropped);
    }

    [Fact]
    public void SquaresThatOnlyTouchAlongAnEdgeDoNotOverlap()
    {
        var east = RedLine("east", "POLYGON ((119.40 34.60, 119.50 34.60, 119.50 34.70, 119.40 34.70, 119.40 34.60))");

        var result = TopologyCheck.Run([RedLine("a", SquareA), east]);

        Assert.Equal(0, result.ProblemCount);
        Assert.Equal(0, result.SliversDropped);
    }

    [Fact]
    public void AnOverlapBelowOneSquareMetreIsDroppedAsASliverAndCounted()
    {
        // The corners overlap by 8e-6° × 8e-6°: 0.6504885870963335 m² (pyproj).
        var corner = RedLine("corner", "POLYGON ((119.399992 34.699992, 119.5 34.699992, 119.5 34.8, 119.399992 34.8, 119.399992 34.699992))");

        var result = TopologyCheck.Run([RedLine("a", SquareA), corner]);

        Assert.Empty(result.Overlaps);
        Assert.Equal(1, result.SliversDropped);
    }

    [Fact]
    public void ShorelineSegmentsSharingAboutAHundredMetresOverlapByThatLength()
    {
        // Both run along the meridian 119.30 E between 34.6100 and 34.6109 N.
        var north = Shoreline("north", "LINESTRING (119.29 34.60, 119.30 34.60, 119.30 34.6109)");
        var south = Shoreline("south", "LINESTRING (119.30 34.6100, 119.30 34.62, 119.31 34.63)");

        var result = TopologyCheck.Run([north, south]);

        var overlap = Assert.Single(result.Overlaps);
        // pyproj: line_length([119.30, 119.30], [34.6100, 34.6109])
        Assert.Equal(99.84011372450446, overlap.LengthMeters!.Value, 1e-9);
        Assert.Null(overlap.AreaSquareMeters);
        Assert.Equal(119.30, overlap.Location.X, 12);
        Assert.InRange(overlap.Location.Y, 34.6100, 34.6109);
    }

    [Fact]
    public void SegmentsThatCrossAtAPointDoNotOverlap()
    {
        var a = Shoreline("a", "LINESTRING (119.29 34.60, 119.31 34.62)");
        var b = Shoreline("b", "LINESTRING (119.29 34.62, 119.31 34.60)");

        Assert.Equal(0, TopologyCheck.Run([a, b]).ProblemCount);
    }

    [Fact]
    public void AReversedCopyOfASegmentIsADuplicateAndNotAlsoAnOverlap()
    {
        var segment = Shoreline("s1", "LINESTRING (119.29 34.60, 119.30 34.60, 119.30 34.6109)");
        var reversed = Shoreline("s2", "LINESTRING (119.30 34.6109, 119.30 34.60, 119.29 34.60)");

        var result = TopologyCheck.Run([segment, reversed]);

        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal(("s1", "s2", DuplicateMatch.Reversed), (duplicate.A.Id, duplicate.B.Id, duplicate.Match));
        // pyproj: line_length([119.29, 119.30, 119.30], [34.60, 34.60, 34.6109])
        Assert.Equal(2126.4755007746908, duplicate.LengthMeters!.Value, 1e-9);
        Assert.Empty(result.Overlaps);
    }

    [Fact]
    public void ACopyOfAPolygonStartingAtAnotherVertexIsADuplicate()
    {
        var copy = RedLine("copy", "POLYGON ((119.40 34.70, 119.30 34.70, 119.30 34.60, 119.40 34.60, 119.40 34.70))");
        var same = RedLine("same", SquareA);

        var result = TopologyCheck.Run([RedLine("a", SquareA), copy, same]);

        Assert.Equal(
            [("a", "copy", DuplicateMatch.Reordered), ("a", "same", DuplicateMatch.Identical), ("copy", "same", DuplicateMatch.Reordered)],
            result.Duplicates.Select(d => (d.A.Id, d.B.Id, d.Match)));
        Assert.Empty(result.Overlaps);
    }

    [Fact]
    public void ABowTieIsInvalidWithTheProblemAndItsLocation()
    {
        // The edges cross at (119.35, 34.65).
        var bowTie = RedLine("bow", "POLYGON ((119.3 34.6, 119.4 34.7, 119.4 34.6, 119.3 34.7, 119.3 34.6))");

        var result = TopologyCheck.Run([RedLine("ok", "POLYGON ((120 34, 120.1 34, 120.1 34.1, 120 34.1, 120 34))"), bowTie]);

        var invalid = Assert.Single(result.Invalid);
        Assert.Equal("bow", invalid.Feature.Id);
        Assert.Equal("self_intersection", invalid.Code);
        Assert.Equal("Self-intersection", invalid.Problem);
        Assert.Equal(119.35, invalid.Location!.X, 9);
        Assert.Equal(34.65, invalid.Location.Y, 9);
        Assert.Equal("error", TopologyResult.Severity);
    }

    [Fact]
    public void AnInvalidPolygonOverlapsOthersByItsRepairedCopyWithAWarning()
    {
        // GeometryFixer splits the bow tie into two triangles meeting at (119.35, 34.65); the square covers both.
        var bowTie = RedLine("bow", "POLYGON ((119.3 34.6, 119.4 34.7, 119.4 34.6, 119.3 34.7, 119.3 34.6))");

        var result = TopologyCheck.Run([bowTie, RedLine("a", SquareA)]);

        Assert.Equal("bow", Assert.Single(result.Invalid).Feature.Id);
        var overlap = Assert.Single(result.Overlaps);
        Assert.Same(bowTie, overlap.A);
        // pyproj: polygon_area_perimeter([119.3, 119.35, 119.3], [34.6, 34.65, 34.7]) plus ([119.4, 119.4, 119.35], [34.6, 34.7, 34.65])
        Assert.Equal(50849553.57090378, overlap.AreaSquareMeters!.Value, 1e-6 * 50849553.57090378);
        Assert.Contains(result.Warnings, w => w.Contains("red_line bow") && w.Contains("repaired copy"));
    }

    [Fact]
    public void FeaturesOfSeveralKindsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => TopologyCheck.Run([RedLine("a", SquareA), Feature("eco_space", "b", SquareA)]));
    }
}
