namespace EcoSpace.Formats.Tests;

/// <summary>
/// mapbox/geojsonhint's invalid files (geojsonhint/test/data/bad, with a .result each). Every one
/// either throws with a message or yields an error; a few are only stylistic complaints of
/// geojsonhint, and there the row says what a GIS user gets instead (winding fixed with a warning,
/// precision accepted, bbox ignored, foreign members ignored). Read as kind restoration.
/// </summary>
public class GeoJsonHintBadFilesTests
{
    private static readonly string Folder = TestData.Path("geojson", "geojsonhint", "test", "data", "bad");

    [Theory]
    [InlineData("bad-duplicate-properties", "throws GeoJsonException", "\"type\" appears twice", "two \"type\" members make the object ambiguous")]
    [InlineData("bad-featurelist", "- !geojson_bad_position", "found the number 5 where a ring", "a Polygon's coordinates need three levels of arrays")]
    [InlineData("bad-json", "throws GeoJsonSyntaxException", "broken JSON: '\"' is invalid after a value", "a missing comma: nothing after it can be read")]
    [InlineData("bad-object-type", "throws GeoJsonException", "\"type\" must be a string, not an object", "the root cannot say what it is")]
    [InlineData("bad-polygon-interiorring-rhr", "Polygon ~geojson_ring_reversed", "1 ring(s) reversed", "a counter-clockwise hole is only a style problem: it is reversed, with a warning")]
    [InlineData("bad-polygonloop", "- !geojson_bad_position", "found the number -80.59869 where a position", "ring positions given without the ring's array")]
    [InlineData("bad-properties-as-array", "- !geojson_wrong_json_type !geojson_geometry_null", "\"properties\" must be an object or null, not an array", "properties must be an object; and a null geometry cannot be stored")]
    [InlineData("badcoord", "- !geojson_bad_position", "found the string \"f\"", "a position holds a string")]
    [InlineData("badcoordtype", "- !geojson_bad_position", "where a position ([lon, lat]) was expected: the coordinates of a MultiPolygon", "a MultiPolygon nested too shallowly")]
    [InlineData("badfeature", "- !geojson_not_a_feature", "features[0] is null, not a Feature object", "a null in the features array is no feature")]
    [InlineData("badfeatureid", "- !geojson_wrong_json_type", "\"id\" must be a string or a number, not an object", "an object is no id")]
    [InlineData("bbox-4or6elements", "Point >geometry_type", "", "bbox is not used (extents are computed); the Point itself is what no kind stores")]
    [InlineData("bbox-contains-string", "Point >geometry_type", "", "bbox is not used; refused only as a Point")]
    [InlineData("bbox-string", "Point >geometry_type", "", "bbox is not used; refused only as a Point")]
    [InlineData("different-first-last", "- !geojson_ring_not_closed", "its first position (100, 0) differs from its last (100, 1)", "an unclosed ring is never closed silently")]
    [InlineData("different-first-size", "MultiPolygon ~geojson_z_dropped ~geojson_ring_reversed", "Z dropped", "the ring is closed in 2-D once Z is dropped; its clockwise exterior is reversed")]
    [InlineData("excessive_precision_truncated", "LineString", "", "ten decimals are more than needed, but correct: accepted as they are")]
    [InlineData("expected_object", "- !geojson_wrong_json_type !geojson_geometry_null", "\"properties\" must be an object or null, not the number 123", "properties as a number")]
    [InlineData("false", "- !geojson_wrong_json_type", "geometries[0] is false, not a geometry object", "a GeometryCollection of false")]
    [InlineData("feature_changed_semantics", "Point >geometry_type", "", "\"features\" and \"coordinates\" in a Feature are foreign members (RFC 7946 §6.1), ignored; the Point is refused by the kind")]
    [InlineData("featurecollection-obj", "throws GeoJsonException", "\"features\" must be an array of Feature objects, not an object", "the file's features cannot be found")]
    [InlineData("featurecollection-type-case", "throws GeoJsonException", "did you mean \"FeatureCollection\"? (type names are case-sensitive)", "a case mistake at the root: the user is told the right spelling")]
    [InlineData("featurecollection", "throws GeoJsonException", "the FeatureCollection has no \"features\" member", "a collection without features is malformed, not empty")]
    [InlineData("featurecollection_changed_semantics", "Point >geometry_type | LineString | Polygon", "", "\"properties\" and \"coordinates\" on the collection are foreign members, ignored")]
    [InlineData("geometry_changed_semantics", "Point >geometry_type", "", "foreign members of a geometry are ignored; the Point is refused by the kind")]
    [InlineData("geometrycollection_nested", "- !geojson_collection_does_not_fit", "part 0 of the GeometryCollection is a Point, which kind 'restoration' does not take", "nested collections are flattened, but a Point part fits no kind")]
    [InlineData("geometrycollection_single", "- !geojson_collection_does_not_fit", "is a Point", "its only part is a Point")]
    [InlineData("multiple_problems", "- !geojson_wrong_json_type !geojson_bad_position | Point >geometry_type | - !geojson_unknown_type | - !geojson_wrong_json_type !geojson_unknown_type", "unknown type \"Foo\"; expected \"Feature\"", "each feature's problems are reported and reading goes on")]
    [InlineData("multipoint-multidimension", "- !geojson_bad_position", "found an array where a number was expected", "positions nested one level too deep")]
    [InlineData("multipoint-nondimension", "- !geojson_bad_position", "found the number 0 where a position ([lon, lat]) was expected", "a MultiPoint given as one position")]
    [InlineData("nofeaturetype", "- !geojson_unknown_type", "unknown type \"Featre\"", "a misspelt Feature type")]
    [InlineData("notype", "throws GeoJsonException", "no \"type\" member", "an object that does not say what it is")]
    [InlineData("point-labeled-as-a-multipolygon", "- !geojson_bad_position", "the coordinates of a MultiPolygon are nested as", "a Point's coordinates under a MultiPolygon type")]
    [InlineData("point-string", "- !geojson_bad_position", "found the string \"foo\"", "a string longitude")]
    [InlineData("point-toofew", "- !geojson_bad_position", "this one has 1 number", "a position needs longitude and latitude")]
    [InlineData("point-toomany", "Point ~geojson_z_dropped >geometry_type", "Z dropped", "RFC 7946 allows extra elements: all after latitude are dropped with a warning")]
    [InlineData("point", "- !geojson_missing_member", "the Point has no \"coordinates\" member", "a geometry without coordinates")]
    [InlineData("polygon_winding_order", "Polygon ~geojson_ring_reversed", "1 ring(s) reversed", "a clockwise exterior is reversed, with a warning")]
    [InlineData("rootstring", "throws GeoJsonException", "must hold a GeoJSON object", "the file is just null")]
    [InlineData("short-line", "- !geojson_too_few_positions", "the LineString has 1 position; a line needs at least 2", "a line of one position")]
    [InlineData("short-linearring", "- !geojson_ring_not_closed", "and it has only 3 positions", "a ring of three unclosed positions: both problems in one message")]
    [InlineData("short-multilinestring", "- !geojson_too_few_positions", "line 1 of the MultiLineString has 1 position", "the second line of a MultiLineString is too short")]
    [InlineData("stringcoord", "- !geojson_bad_position | Point >geometry_type", "found the string \"39.36827914916011\"", "a quoted latitude; the next feature is still read")]
    [InlineData("unknowntype", "throws GeoJsonException", "unknown type \"FooBar\"", "an unknown root type")]
    public void BadFileGivesTheStatedOutcome(string file, string expected, string message, string reason)
    {
        var outcome = Outcome.OfFile(System.IO.Path.Combine(Folder, file + ".geojson"));

        Assert.True(expected == outcome.Text, $"{file} ({reason}): expected {expected}, got {outcome.Text}\n{outcome.Messages}");
        Assert.Contains(message, outcome.Messages);
    }

    [Fact]
    public void EveryBadFileHasARow()
    {
        var rows = typeof(GeoJsonHintBadFilesTests).GetMethod(nameof(BadFileGivesTheStatedOutcome))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();
        var files = Directory.GetFiles(Folder, "*.geojson").Select(System.IO.Path.GetFileNameWithoutExtension).ToList();

        Assert.Equal(44, files.Count);
        Assert.All(files, f => Assert.Contains(f!, rows));
    }
}
