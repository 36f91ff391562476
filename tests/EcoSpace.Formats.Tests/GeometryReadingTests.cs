using EcoSpace.Core.Validation;
using EcoSpace.Formats.GeoJson;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.Tests;

public class GeometryReadingTests
{
    private static FeatureCandidateView Read(string geometry, string kind = "restoration", string id = "\"g\"") =>
        new(Assert.Single(TestData.ReadText($"{{\"type\":\"Feature\",\"id\":{id},\"properties\":{{}},\"geometry\":{geometry}}}", kind)));

    private sealed record FeatureCandidateView(Core.Features.FeatureCandidate Candidate)
    {
        public Geometry Geometry => Candidate.Feature!.Geometry;
        public ValidationIssue Issue(string code) => Assert.Single(Candidate.Issues, i => i.Code == code);
        public string Error => Assert.Single(Candidate.Issues, i => i.IsError).Message;
    }

    [Fact]
    public void ClockwiseExteriorIsReversedWithAWarning()
    {
        var read = Read("{\"type\":\"Polygon\",\"coordinates\":[[[119,34],[119,35],[120,35],[120,34],[119,34]]]}");

        var warning = read.Issue(GeoJsonIssueCodes.RingReversed);
        Assert.False(warning.IsError);
        Assert.True(Orientation.IsCCW(((Polygon)read.Geometry).Shell.CoordinateSequence));
        Assert.Equal("POLYGON ((119 34, 120 34, 120 35, 119 35, 119 34))", read.Geometry.AsText());
    }

    [Fact]
    public void CounterClockwiseHoleIsReversedWithAWarning()
    {
        var read = Read("{\"type\":\"Polygon\",\"coordinates\":[[[119,34],[120,34],[120,35],[119,35],[119,34]]," +
            "[[119.2,34.2],[119.8,34.2],[119.8,34.8],[119.2,34.8],[119.2,34.2]]]}");

        Assert.Contains("1 ring(s) reversed", read.Issue(GeoJsonIssueCodes.RingReversed).Message);
        Assert.False(Orientation.IsCCW(((Polygon)read.Geometry).Holes[0].CoordinateSequence));
    }

    [Fact]
    public void CorrectlyOrientedPolygonHasNoIssues() =>
        Assert.Empty(Read("{\"type\":\"Polygon\",\"coordinates\":[[[119,34],[120,34],[120,35],[119,35],[119,34]]]}").Candidate.Issues);

    [Fact]
    public void ZIsDroppedWithOneWarningPerFeature()
    {
        var read = Read("{\"type\":\"LineString\",\"coordinates\":[[119,34,5.5],[120,35,7]]}");

        Assert.Contains("Z dropped", read.Issue(GeoJsonIssueCodes.ZDropped).Message);
        Assert.All(read.Geometry.Coordinates, c => Assert.True(double.IsNaN(c.Z)));
        Assert.Equal("LINESTRING (119 34, 120 35)", read.Geometry.AsText());
    }

    [Fact]
    public void CoordinatesMayComeBeforeType() =>
        Assert.Equal("LINESTRING (119 34, 120 35)", Read("{\"coordinates\":[[119,34],[120,35]],\"bbox\":[0,0,1,1],\"type\":\"LineString\"}").Geometry.AsText());

    [Fact]
    public void GeometryCollectionOfLinesBecomesOneFeaturePerLineForALineKind()
    {
        var candidates = TestData.ReadText("{\"type\":\"Feature\",\"id\":\"coast\",\"properties\":{\"class\":\"sandy\"},\"geometry\":" +
            "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}," +
            "{\"type\":\"MultiLineString\",\"coordinates\":[[[120,35],[121,35]],[[121,35],[121,36]]]}]}}", "shoreline");

        Assert.Equal(["coast-1", "coast-2", "coast-3"], candidates.Select(c => c.Id));
        Assert.All(candidates, c => Assert.Equal("LineString", c.Feature!.Geometry.GeometryType));
        Assert.All(candidates, c => Assert.Equal("sandy", c.Feature!.Text("class")));
        Assert.All(candidates, c => Assert.Equal(0, c.Index));
        Assert.Contains("3 features (LineString, LineString, LineString) with ids suffixed -1…-3",
            candidates[0].Issues.Single(i => i.Code == GeoJsonIssueCodes.CollectionExploded).Message);
        Assert.NotSame(candidates[0].Feature!.Properties, candidates[1].Feature!.Properties);
    }

    [Fact]
    public void GeometryCollectionOfPolygonsMergesIntoAMultiPolygonForAnAreaKind()
    {
        var read = Read("{\"type\":\"GeometryCollection\",\"geometries\":[" +
            "{\"type\":\"Polygon\",\"coordinates\":[[[119,34],[120,34],[120,35],[119,34]]]}," +
            "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"coordinates\":[[[121,34],[122,34],[122,35],[121,34]]]}]}]}", "red_line");

        Assert.Equal("MultiPolygon", read.Geometry.GeometryType);
        Assert.Equal(2, read.Geometry.NumGeometries);
        Assert.Equal("g", read.Candidate.Id);
        Assert.Contains("read as one MultiPolygon", read.Issue(GeoJsonIssueCodes.CollectionExploded).Message);
    }

    [Fact]
    public void GeometryCollectionOfLinesAndAreasBecomesTwoFeaturesForRestoration()
    {
        var candidates = TestData.ReadText("{\"type\":\"GeometryCollection\",\"geometries\":[" +
            "{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}," +
            "{\"type\":\"Polygon\",\"coordinates\":[[[119,34],[120,34],[120,35],[119,34]]]}]}");

        Assert.Equal(["LineString", "Polygon"], candidates.Select(c => c.Feature!.Geometry.GeometryType));
        Assert.Equal([null, null], candidates.Select(c => c.Id));
    }

    [Fact]
    public void GeometryCollectionWithAPartTheKindDoesNotTakeIsAnError()
    {
        var read = Read("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}]}", "red_line");

        Assert.Null(read.Candidate.Feature);
        Assert.Equal("part 0 of the GeometryCollection is a LineString, which kind 'red_line' does not take (allowed: Polygon, MultiPolygon)", read.Error);
    }

    [Fact]
    public void EmptyGeometryCollectionIsAnError() =>
        Assert.Equal("the GeometryCollection is empty", Read("{\"type\":\"GeometryCollection\",\"geometries\":[]}").Error);

    [Fact]
    public void PointIsReadAndLeftToValidationWhichNamesTheAllowedTypes()
    {
        var read = Read("{\"type\":\"Point\",\"coordinates\":[119,34]}", "shoreline");

        Assert.Empty(read.Candidate.Issues);
        var refusal = Assert.Single(FeatureValidator.Validate(read.Candidate.Feature!), i => i.IsError);
        Assert.Equal("geometry type Point is not allowed for kind 'shoreline' (allowed: LineString)", refusal.Message);
    }

    [Fact]
    public void NullGeometryCannotBeStored()
    {
        var read = Read("null");

        Assert.Null(read.Candidate.Feature);
        Assert.Equal("g", read.Candidate.Id);
        Assert.Equal("\"geometry\" is null: a feature without geometry cannot be stored", read.Error);
    }

    [Fact]
    public void MissingGeometryCannotBeStored() =>
        Assert.Contains("has no \"geometry\" member", Assert.Single(TestData.ReadText("{\"type\":\"Feature\",\"properties\":{}}")).Issues.Single(i => i.IsError).Message);

    [Fact]
    public void UnclosedRingNamesItsFirstAndLastPositionAndLine()
    {
        var candidate = Assert.Single(TestData.ReadText("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[\n" +
            "[[[119,34],[120,34],[120,35],[119,34]]],\n[[[121,34],[122,34],[122,35],[121.5,34.5]]]]}}"));

        var error = Assert.Single(candidate.Issues);
        Assert.Equal(GeoJsonIssueCodes.RingNotClosed, error.Code);
        Assert.Equal("the polygon 1, exterior ring is not closed: its first position (121, 34) differs from its last (121.5, 34.5) (line 3)", error.Message);
        Assert.Equal(new Coordinate(121, 34), error.Location);
    }

    [Fact]
    public void RingOfThreePositionsIsTooShort() =>
        Assert.Equal("the exterior ring has 3 positions; a closed ring needs at least 4 (line 1)",
            Read("{\"type\":\"Polygon\",\"coordinates\":[[[119,34],[120,34],[119,34]]]}").Error);

    [Fact]
    public void LineOfOnePositionIsTooShort() =>
        Assert.Equal("the LineString has 1 position; a line needs at least 2 (line 1)",
            Read("{\"type\":\"LineString\",\"coordinates\":[[119,34]]}").Error);

    [Fact]
    public void StringNaNCoordinateIsAnError() =>
        Assert.Equal("every element of a position must be a number; found the string \"NaN\" (line 1)",
            Read("{\"type\":\"LineString\",\"coordinates\":[[119,\"NaN\"],[120,35]]}").Error);

    [Fact]
    public void OverflowingCoordinateIsNotFinite()
    {
        var read = Read("{\"type\":\"LineString\",\"coordinates\":[[119,34],[1e400,35]]}");

        Assert.Equal(IssueCodes.CoordinateNotFinite, read.Candidate.Issues.Single().Code);
        Assert.Equal("the coordinate 1e400 is not a finite number (line 1)", read.Error);
    }

    [Fact]
    public void CoordinatesThatAreNotAnArrayAreAnError() =>
        Assert.Equal("\"coordinates\" must be an array, not the string \"119,34\" (line 1)",
            Read("{\"type\":\"LineString\",\"coordinates\":\"119,34\"}").Error);

    [Fact]
    public void LowerCaseGeometryTypeIsCorrectedInTheMessage() =>
        Assert.Equal("type \"polygon\" is not a GeoJSON type: did you mean \"Polygon\"? (type names are case-sensitive) (line 1)",
            Read("{\"type\":\"polygon\",\"coordinates\":[]}").Error);

    [Fact]
    public void EmptyPolygonIsReadAndLeftToValidation()
    {
        var read = Read("{\"type\":\"Polygon\",\"coordinates\":[]}", "red_line");

        Assert.True(read.Geometry.IsEmpty);
        Assert.Contains(FeatureValidator.Validate(read.Candidate.Feature!), i => i.Code == IssueCodes.GeometryEmpty);
    }

    [Fact]
    public void GeometryIsTwoDimensionalOnTheCgcs2000Factory()
    {
        var geometry = Read("{\"type\":\"MultiLineString\",\"coordinates\":[[[119,34,1],[120,35,1]]]}").Geometry;

        Assert.Equal(4490, geometry.SRID);
        Assert.Same(Core.Features.Cgcs2000.Factory, geometry.Factory);
        Assert.Equal(2, ((LineString)geometry.GetGeometryN(0)).CoordinateSequence.Dimension);
    }

    [Fact]
    public void ErrorInOneFeatureDoesNotStopTheNext()
    {
        var candidates = TestData.ReadText("{\"type\":\"FeatureCollection\",\"features\":[" +
            "{\"type\":\"Feature\",\"id\":\"bad\",\"properties\":{\"after\":1},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119,[34]],[120,35]]},\"more\":[1,2]}," +
            "{\"type\":\"Feature\",\"id\":\"good\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}}]}");

        Assert.Equal(["bad", "good"], candidates.Select(c => c.Id));
        Assert.True(candidates[0].HasErrors);
        Assert.False(candidates[1].HasErrors);
    }

    [Fact]
    public void GeometryErrorStillLetsLaterMembersBeRead()
    {
        var candidate = Assert.Single(TestData.ReadText("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4]]]}," +
            "\"properties\":[],\"id\":{}}"));

        Assert.Equal([GeoJsonIssueCodes.RingNotClosed, GeoJsonIssueCodes.WrongJsonType, GeoJsonIssueCodes.WrongJsonType],
            candidate.Issues.Select(i => i.Code));
    }
}
