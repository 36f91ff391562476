using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

/// <summary>GeoJSON quirks from GDAL's test suite (geojson/gdal-autotest), one test per file.</summary>
public class GdalAutotestFilesTests
{
    private static string File(string name) => TestData.Path("geojson", "gdal-autotest", name);

    [Fact]
    public void BritishNationalGridCrsIsRefusedByName()
    {
        var e = Assert.Throws<GeoJsonException>(() => TestData.ReadFile(File("feature_with_type_Topology_property.json")));

        Assert.Contains("crs 'urn:ogc:def:crs:EPSG::27700' is not supported; EcoSpace reads lon/lat (EPSG:4490, 4326, CRS84), " +
            "CGCS2000 Gauss-Krüger EPSG:4491-4554 and EPSG:3857", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void PropertyNamedTypeIsKeptAsAProperty()
    {
        // The same file without its unsupported crs: the property "type" is data, not the feature's type.
        string json = System.IO.File.ReadAllText(File("feature_with_type_Topology_property.json"))
            .Replace("\"crs\": { \"type\": \"name\", \"properties\": { \"name\": \"urn:ogc:def:crs:EPSG::27700\" } },", "")
            .Replace("\"geometry\": null", "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [[119, 34], [119.1, 34.1]]}");

        var feature = Assert.Single(TestData.ReadText(json)).Feature;

        Assert.Equal("Topology", feature!.Text("type"));
    }

    [Fact]
    public void NullPropertiesBecomeNoPropertiesWithAWarning()
    {
        var candidate = Assert.Single(TestData.ReadFile(File("featurecollection_point.json")));

        Assert.Empty(candidate.Feature!.Properties);
        Assert.Contains(candidate.Issues, i => i.Code == GeoJsonIssueCodes.PropertiesNull && !i.IsError);
    }

    [Fact]
    public void IdsFromPropertiesAreReadAsTheyAreAndDuplicatesAreLeftToTheStore()
    {
        var candidates = TestData.ReadFile(File("ids_0_1_null_1_null.json"));

        Assert.Equal(["0", "1", null, "1", null], candidates.Select(c => c.Id));
        Assert.All(candidates, c => Assert.Contains(c.Issues, i => i.Code == GeoJsonIssueCodes.GeometryNull));
    }

    [Fact]
    public void GeometryCollectionHoldingFeaturesIsAnError()
    {
        var candidate = Assert.Single(TestData.ReadFile(File("nullvalues.geojson")));

        Assert.Null(candidate.Feature);
        Assert.Contains("the GeometryCollection has no \"geometries\" member (it has \"features\": a collection of features is a \"FeatureCollection\")",
            candidate.Issues.Single().Message);
    }

    [Fact]
    public void CrlfBarePolygonIsOneFeature()
    {
        Assert.Contains("\r\n", System.IO.File.ReadAllText(File("polygon.geojson")));

        var candidate = Assert.Single(TestData.ReadFile(File("polygon.geojson")));

        Assert.Equal("POLYGON ((100 0, 101 0, 101 1, 100 1, 100 0))", candidate.Feature!.Geometry.AsText());
        Assert.Null(candidate.Id);
        Assert.Empty(candidate.Issues);
    }

    [Fact]
    public void SparseFieldsKeepEachFeaturesOwnPropertiesInFileOrder()
    {
        // Geometries are null here (each one an error), but the properties are still read.
        var candidates = TestData.ReadFile(File("sparse_fields.geojson"));

        Assert.Equal(14, candidates.Count);
        Assert.All(candidates, c => Assert.Null(c.Feature));
        Assert.Equal([4, 11, 18], candidates.Take(3).Select(c => c.Line));
    }

    [Fact]
    public void UtmCrsOnAGeometryCollectionIsRefusedByName()
    {
        var e = Assert.Throws<GeoJsonException>(() => TestData.ReadFile(File("srs_name.geojson")));

        Assert.Contains("crs 'urn:ogc:def:crs:EPSG::26915' is not supported", e.Message);
    }
}
