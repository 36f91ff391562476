namespace EcoSpace.Formats.Tests;

/// <summary>The examples of RFC 7946 itself (rfc7946-examples/*.json), read as kind restoration.</summary>
public class RfcExamplesTests
{
    private static readonly string Folder = TestData.Path("geojson", "rfc7946-examples");

    [Theory]
    [InlineData("rfc7946_appendix_A.1_point.json", "Point >geometry_type", "no kind stores Points")]
    [InlineData("rfc7946_appendix_A.2_linestring.json", "LineString", "")]
    [InlineData("rfc7946_appendix_A.3_polygon_no_holes.json", "Polygon", "")]
    [InlineData("rfc7946_appendix_A.3_polygon_with_holes.json", "Polygon", "the hole is already clockwise")]
    [InlineData("rfc7946_appendix_A.4_multipoint.json", "MultiPoint >geometry_type", "no kind stores Points")]
    [InlineData("rfc7946_appendix_A.5_multilinestring.json", "MultiLineString", "")]
    [InlineData("rfc7946_appendix_A.6_multipolygon.json", "MultiPolygon", "with a hole, already clockwise")]
    [InlineData("rfc7946_appendix_A.7_geometrycollection.json", "- !geojson_collection_does_not_fit", "its Point part fits no kind")]
    [InlineData("rfc7946_s1.5_featurecollection.json", "Point >geometry_type | LineString | Polygon", "")]
    [InlineData("rfc7946_s3.1.9_antimeridian_multilinestring.json", "MultiLineString", "a line cut at the antimeridian")]
    [InlineData("rfc7946_s3.1.9_antimeridian_multipolygon.json", "MultiPolygon", "a polygon cut at the antimeridian")]
    public void RfcExampleIsReadOrRefusedPrecisely(string file, string expected, string reason)
    {
        var outcome = Outcome.OfFile(System.IO.Path.Combine(Folder, file));

        Assert.True(expected == outcome.Text, $"{file} ({reason}): expected {expected}, got {outcome.Text}\n{outcome.Messages}");
    }

    [Fact]
    public void EveryRfcExampleHasARow() => Assert.Equal(11, Directory.GetFiles(Folder, "*.json").Length);

    [Fact]
    public void DraftExampleWithUnclosedRingIsAnErrorNamingBothPositions()
    {
        var outcome = Outcome.OfFile(System.IO.Path.Combine(Folder, "draft-js-sources", "example_02_a.geojson"));

        Assert.Equal("- !geojson_ring_not_closed ~geojson_properties_null", outcome.Text);
        Assert.Contains("first position (-180, 10) differs from its last (-30, -90)", outcome.Messages);
    }
}
