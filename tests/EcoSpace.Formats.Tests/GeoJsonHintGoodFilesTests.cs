namespace EcoSpace.Formats.Tests;

/// <summary>
/// mapbox/geojsonhint's valid files. Valid GeoJSON is always read; what no kind stores (Points, a
/// collection with a Point, a null geometry) comes back with a precise error. Kind restoration,
/// which takes lines and polygons.
/// </summary>
public class GeoJsonHintGoodFilesTests
{
    private static readonly string Folder = TestData.Path("geojson", "geojsonhint", "test", "data", "good");

    [Theory]
    [InlineData("good-feature-with-id", "Point ~geojson_id_converted >geometry_type", "no kind stores Points; the numeric id 100 becomes \"100\"")]
    [InlineData("good-feature-with-string-id", "Point >geometry_type", "no kind stores Points")]
    [InlineData("good-feature", "Point >geometry_type", "no kind stores Points; bbox is not used")]
    [InlineData("good-featurecollection-bbox", "Point >geometry_type | Point >geometry_type", "two Points")]
    [InlineData("good-featurecollection-bbox3d", "Point ~geojson_z_dropped >geometry_type | Point ~geojson_z_dropped >geometry_type", "3-D Points: Z dropped, Points refused")]
    [InlineData("good-featurecollection-extensions", "Point >geometry_type | LineString | Polygon", "foreign members (\"custom\") are ignored")]
    [InlineData("good-featurecollection", "Point >geometry_type | LineString | Polygon", "the RFC's own example collection")]
    [InlineData("good-geometrycollection", "- !geojson_collection_does_not_fit", "a collection with a Point fits no kind")]
    [InlineData("good-linestring", "LineString", "a bare geometry is one feature")]
    [InlineData("good-multilinestring", "MultiLineString", "restoration takes Multi types")]
    [InlineData("good-multipoint", "MultiPoint >geometry_type", "no kind stores Points")]
    [InlineData("good-point-3d", "Point ~geojson_z_dropped >geometry_type", "Z dropped, Point refused")]
    [InlineData("good-point", "Point >geometry_type", "no kind stores Points")]
    [InlineData("good-polygon", "Polygon", "a bare Polygon")]
    [InlineData("issue82", "MultiPolygon >coordinate_out_of_range", "valid GeoJSON, but latitudes beyond -90: refused by validation, not by the reader")]
    [InlineData("multipolygon", "MultiPolygon", "with a correctly oriented hole")]
    [InlineData("nullgeometry", "- !geojson_geometry_null", "a feature without geometry cannot be stored")]
    [InlineData("nullproperties", "Point ~geojson_properties_null >geometry_type", "null properties read as none, with a warning")]
    public void GoodFileIsReadOrRefusedPrecisely(string file, string expected, string reason)
    {
        var outcome = Outcome.OfFile(System.IO.Path.Combine(Folder, file + ".geojson"));

        Assert.True(expected == outcome.Text, $"{file} ({reason}): expected {expected}, got {outcome.Text}\n{outcome.Messages}");
    }

    [Fact]
    public void EveryGoodFileHasARow() =>
        Assert.Equal(18, Directory.GetFiles(Folder, "*.geojson").Length);
}
