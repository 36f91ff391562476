using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Formats.GeoJson;
using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.Tests;

/// <summary>Write → read gives back ids, properties and geometry (within the written precision).</summary>
public class RoundTripTests
{
    private static List<FeatureCandidate> RoundTrip(IEnumerable<EcoFeature> features, string kind, GeoJsonWriteOptions? options = null)
    {
        var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, features, options);
        stream.Position = 0;
        return GeoJsonReader.Read(stream, kind).ToList();
    }

    [Theory]
    [InlineData("coast/lianyungang-coast-gshhg-full.geojson", "shoreline")]
    [InlineData("rivers/lianyungang-rivers-gshhg-wdbii.geojson", "river_bank")]
    [InlineData("admin/jiangsu-dcw.geojson", "admin_region")]
    [InlineData("admin/jiangsu-naturalearth-10m.geojson", "admin_region")]
    public void RealDataSurvivesWithin1e7Degrees(string file, string kind)
    {
        var original = TestData.ReadFile(TestData.Path(file.Split('/')), kind).Select(c => c.Feature!).ToList();

        var read = RoundTrip(original, kind);

        Assert.Equal(original.Count, read.Count);
        for (int i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i].Id, read[i].Feature!.Id);
            Assert.True(JsonNode.DeepEquals(original[i].Properties, read[i].Feature!.Properties));
            Assert.DoesNotContain(read[i].Issues, issue => issue.Code == GeoJsonIssueCodes.RingReversed);
            AssertSameWithin(original[i].Geometry, read[i].Feature!.Geometry, 0.5e-7 + 1e-12);
        }
    }

    [Fact]
    public void IdsPropertiesAndGeometryComeBack()
    {
        var properties = JsonNode.Parse("{\"name\":\"临洪河口省级湿地公园\",\"pa_type\":\"wetland_park\",\"level\":\"provincial\",\"zone\":null," +
            "\"extra\":{\"source\":\"示例\",\"tags\":[\"湿地\",1,2.5,false,null]},\"year\":2021}")!.AsObject();
        var polygon = Cgcs2000.Factory.CreatePolygon(
            Cgcs2000.Factory.CreateLinearRing([new(119.1234567, 34.7), new(119.2, 34.7), new(119.2, 34.8), new(119.1234567, 34.7)]));
        var feature = new EcoFeature("pa-临洪", "protected_area", polygon, properties);

        var read = Assert.Single(RoundTrip([feature], "protected_area"));

        Assert.Equal("pa-临洪", read.Id);
        Assert.Empty(read.Issues);
        Assert.True(JsonNode.DeepEquals(properties, read.Feature!.Properties));
        Assert.True(polygon.EqualsExact(read.Feature.Geometry, 1e-7));
    }

    [Fact]
    public void LegacyOutputReadsBackTheSame()
    {
        var feature = new EcoFeature("a", "shoreline",
            Cgcs2000.Factory.CreateLineString([new(119.3, 35.09), new(119.4, 35.0)]), new JsonObject { ["class"] = "sandy" });

        var read = Assert.Single(RoundTrip([feature], "shoreline", new GeoJsonWriteOptions { Legacy = true, Name = "shoreline" }));

        Assert.True(feature.Geometry.EqualsExact(read.Feature!.Geometry));
    }

    private static void AssertSameWithin(Geometry expected, Geometry actual, double toleranceDegrees)
    {
        Assert.Equal(expected.GeometryType, actual.GeometryType);
        var a = expected.Coordinates;
        var b = actual.Coordinates;
        Assert.Equal(a.Length, b.Length);
        double worst = 0;
        for (int i = 0; i < a.Length; i++)
            worst = Math.Max(worst, Math.Max(Math.Abs(a[i].X - b[i].X), Math.Abs(a[i].Y - b[i].Y)));
        Assert.True(worst <= toleranceDegrees, $"largest difference {worst}°");
    }
}
