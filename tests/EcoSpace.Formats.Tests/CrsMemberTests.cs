using EcoSpace.Formats.Crs;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

/// <summary>Legacy "crs" members in files (GeoJSON 2008, as GDAL and QGIS write them).</summary>
public class CrsMemberTests
{
    private static string Collection(string crs, string coordinates, string where = "before") =>
        where == "before"
            ? $"{{\"type\":\"FeatureCollection\",\"crs\":{crs},\"features\":[{Feature(coordinates)}]}}"
            : $"{{\"type\":\"FeatureCollection\",\"features\":[{Feature(coordinates)}],\"crs\":{crs}}}";

    private static string Feature(string coordinates) =>
        $"{{\"type\":\"Feature\",\"id\":\"f\",\"properties\":{{}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":{coordinates}}}}}";

    private static string Named(string name) => $"{{\"type\":\"name\",\"properties\":{{\"name\":\"{name}\"}}}}";

    private static double[] LonLat(string json, GeoJsonReadOptions? options = null) =>
        Assert.Single(TestData.ReadText(json, options: options)).Feature!.Geometry.Coordinates
            .SelectMany(c => new[] { c.X, c.Y }).ToArray();

    // Expected values: pyproj, Transformer.from_crs(EPSG, 4490 (4326 for 3857), always_xy=True), as in InputCrsTests.
    [Fact]
    public void GaussKrugerZone120EastIsTransformed() =>
        Assert.Equal([119.99999999999999, 34.32759471307492, 121.5292503583488, 34.768714148338994],
            LonLat(Collection(Named("urn:ogc:def:crs:EPSG::4549"), "[[500000,3800000],[640000,3850000]]")),
            (a, b) => Math.Abs(a - b) < 1e-8);

    [Fact]
    public void GaussKrugerZoneWithPrefixedEastingIsTransformed() =>
        Assert.Equal([118.52925035834882, 34.768714148338994, 116.05671132300974, 34.143671534942776],
            LonLat(Collection(Named("EPSG:4527"), "[[39640000,3850000],[39413000,3780000]]")),
            (a, b) => Math.Abs(a - b) < 1e-8);

    [Fact]
    public void WebMercatorIsTransformed() =>
        Assert.Equal([119.47593278789634, 34.52857875378657, 119.29626973107244, 34.750303881557784],
            LonLat(Collection(Named("urn:ogc:def:crs:EPSG::3857"), "[[13300000,4100000],[13280000,4130000]]")),
            (a, b) => Math.Abs(a - b) < 1e-8);

    [Fact]
    public void OldEpsgTypeCrsIsRead() =>
        Assert.Equal([119.99999999999999, 34.32759471307492, 121.5292503583488, 34.768714148338994],
            LonLat(Collection("{\"type\":\"EPSG\",\"properties\":{\"code\":4549}}", "[[500000,3800000],[640000,3850000]]")),
            (a, b) => Math.Abs(a - b) < 1e-8);

    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::4490")]
    [InlineData("EPSG:4326")]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84")]
    public void LonLatCrsLeavesCoordinatesAsTheyAre(string name) =>
        Assert.Equal([119.3, 35.09, 119.4, 35.0], LonLat(Collection(Named(name), "[[119.3,35.09],[119.4,35.0]]")));

    [Fact]
    public void NullCrsMeansLonLat() =>
        Assert.Equal([119.3, 35.09, 119.4, 35.0], LonLat(Collection("null", "[[119.3,35.09],[119.4,35.0]]")));

    [Fact]
    public void LonLatCrsAfterTheFeaturesIsFine() =>
        Assert.Equal([119.3, 35.09, 119.4, 35.0], LonLat(Collection(Named("EPSG:4490"), "[[119.3,35.09],[119.4,35.0]]", where: "after")));

    [Fact]
    public void ProjectedCrsAfterTheFeaturesThrowsBecauseTheyWereAlreadyReadAsLonLat()
    {
        var e = Assert.Throws<GeoJsonException>(() =>
            TestData.ReadText(Collection(Named("EPSG:4549"), "[[500000,3800000],[640000,3850000]]", where: "after")));

        Assert.Contains("the \"crs\" member (EPSG:4549) comes after the features, which were already read as EPSG:4490: move \"crs\" before \"features\"", e.Message);
    }

    [Fact]
    public void ProjectedCrsAfterAnEmptyFeatureListIsFine() =>
        Assert.Empty(TestData.ReadText($"{{\"type\":\"FeatureCollection\",\"features\":[],\"crs\":{Named("EPSG:4549")}}}"));

    [Fact]
    public void CrsOfABareFeatureMayComeAfterItsGeometry()
    {
        string json = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[500000,3800000],[640000,3850000]]}," +
            $"\"crs\":{Named("EPSG:4549")}}}";

        Assert.Equal([119.99999999999999, 34.32759471307492, 121.5292503583488, 34.768714148338994], LonLat(json), (a, b) => Math.Abs(a - b) < 1e-8);
    }

    [Fact]
    public void UnsupportedCrsThrowsNamingItBeforeAnyFeatureIsRead()
    {
        var e = Assert.Throws<GeoJsonException>(() => TestData.ReadText(Collection(Named("EPSG:27700"), "[[0,0],[1,1]]")));

        Assert.Contains("crs 'EPSG:27700' is not supported", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void LinkCrsCannotBeFollowed()
    {
        var e = Assert.Throws<GeoJsonException>(() =>
            TestData.ReadText(Collection("{\"type\":\"link\",\"properties\":{\"href\":\"http://example.com/crs/42\",\"type\":\"proj4\"}}", "[[0,0],[1,1]]")));

        Assert.Contains("a \"crs\" of type link (http://example.com/crs/42) cannot be followed", e.Message);
    }

    [Fact]
    public void FeatureWithADifferentCrsThanItsFileIsAnError()
    {
        string feature = "{\"type\":\"Feature\",\"crs\":" + Named("EPSG:4549") + ",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119,34],[119.1,34.1]]}}";

        var candidate = Assert.Single(TestData.ReadText("{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}"));

        Assert.Null(candidate.Feature);
        Assert.Contains("this feature's crs EPSG:4549 differs from the file's EPSG:4490", candidate.Issues.Single().Message);
    }

    [Fact]
    public void DefaultCrsAppliesToFilesWithoutACrsMember()
    {
        var options = new GeoJsonReadOptions { DefaultCrs = InputCrs.Parse("EPSG:4549") };

        Assert.Equal([119.99999999999999, 34.32759471307492, 121.5292503583488, 34.768714148338994],
            LonLat(Feature("[[500000,3800000],[640000,3850000]]"), options), (a, b) => Math.Abs(a - b) < 1e-8);
    }

    [Fact]
    public void ProjectedPolygonIsOrientedAfterTransformation()
    {
        // A clockwise square in EPSG:4549 stays clockwise in lon/lat (Transverse Mercator keeps orientation), so it is reversed.
        string json = "{\"type\":\"FeatureCollection\",\"crs\":" + Named("EPSG:4549") + ",\"features\":[{\"type\":\"Feature\",\"properties\":{}," +
            "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[500000,3800000],[500000,3801000],[501000,3801000],[501000,3800000],[500000,3800000]]]}}]}";

        var candidate = Assert.Single(TestData.ReadText(json, "red_line"));

        Assert.Contains(candidate.Issues, i => i.Code == GeoJsonIssueCodes.RingReversed);
        Assert.True(NetTopologySuite.Algorithm.Orientation.IsCCW(((NetTopologySuite.Geometries.Polygon)candidate.Feature!.Geometry).Shell.CoordinateSequence));
    }
}
