using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Formats.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace EcoSpace.Formats.Tests;

public class WriterTests
{
    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);

    private static EcoFeature Feature(string id, string wkt, string properties = "{}", string kind = "restoration") =>
        new(id, kind, Wkt.Read(wkt), JsonNode.Parse(properties)!.AsObject());

    private static string Write(IEnumerable<EcoFeature> features, GeoJsonWriteOptions? options = null)
    {
        var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, features, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void CollectionIsWrittenOneFeaturePerLine()
    {
        string text = Write([Feature("a", "LINESTRING (119.3 35.09, 119.4 35)", "{\"class\":\"sandy\"}")]);

        Assert.Equal("{\n\"type\": \"FeatureCollection\",\n\"features\": [\n" +
            "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{\"class\":\"sandy\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119.3,35.09],[119.4,35]]}}" +
            "\n]\n}\n", text);
    }

    [Fact]
    public void NoFeaturesIsAnEmptyCollection() =>
        Assert.Equal("{\n\"type\": \"FeatureCollection\",\n\"features\": [\n\n]\n}\n", Write([]));

    [Fact]
    public void OutputIsUtf8WithoutBomWithLineFeedsOnly()
    {
        var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, [Feature("a", "LINESTRING (119 34, 120 35)"), Feature("b", "LINESTRING (119 34, 120 35)")]);
        byte[] bytes = stream.ToArray();

        Assert.Equal((byte)'{', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void LegacyWritesTheCgcs2000CrsAndTheName()
    {
        string text = Write([], new GeoJsonWriteOptions { Legacy = true, Name = "海岸线" });

        Assert.StartsWith("{\n\"type\": \"FeatureCollection\",\n\"name\": \"海岸线\",\n" +
            "\"crs\": { \"type\": \"name\", \"properties\": { \"name\": \"urn:ogc:def:crs:EPSG::4490\" } },\n\"features\": [", text);
    }

    [Fact]
    public void DefaultOutputHasNoCrs() => Assert.DoesNotContain("crs", Write([Feature("a", "LINESTRING (119 34, 120 35)")]));

    [Fact]
    public void ChineseTextIsWrittenAsUtf8NotEscapes()
    {
        string text = Write([Feature("连云-1", "LINESTRING (119 34, 120 35)", "{\"name\":\"连云港 𬇙 \\\"湾\\\"\\n\",\"remarks\":\"a\\\\b\"}")]);

        Assert.Contains("\"id\":\"连云-1\"", text);
        Assert.Contains("\"name\":\"连云港 𬇙 \\\"湾\\\"\\n\"", text);
        Assert.Contains("\"remarks\":\"a\\\\b\"", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public void ControlCharactersAreEscaped() =>
        Assert.Contains("\"x\":\"a\\u0001b\"", Write([Feature("a", "LINESTRING (119 34, 120 35)", "{\"x\":\"a\\u0001b\"}")]));

    [Fact]
    public void PropertiesAreWrittenExactlyAsHeld()
    {
        const string properties = "{\"name\":\"x\",\"unknown\":{\"nested\":[1,null,true,{\"deep\":1.50}]},\"empty\":null,\"big\":12345678901234567890}";
        var feature = Assert.Single(TestData.ReadText("{\"type\":\"Feature\",\"id\":\"a\",\"properties\":" + properties +
            ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}}")).Feature!;

        Assert.Contains("\"properties\":" + properties + ",", Write([feature]));
    }

    [Theory]
    [InlineData(119.123456789, 7, "119.1234568")]
    [InlineData(119.3, 7, "119.3")]
    [InlineData(120.0, 7, "120")]
    [InlineData(0.00000004, 7, "0")]
    [InlineData(-0.00000004, 7, "0")]
    [InlineData(0.0000001, 7, "0.0000001")]
    [InlineData(-0.00000123, 7, "-0.0000012")]
    [InlineData(1e-5, 7, "0.00001")]
    [InlineData(34.55, 1, "34.6")]
    [InlineData(119.99999999, 7, "120")]
    [InlineData(119.123456789, 0, "119")]
    [InlineData(119.123456789012, 15, "119.123456789012")]
    public void CoordinatesAreRoundedAndWrittenInShortestPlainForm(double value, int precision, string expected)
    {
        Span<byte> text = stackalloc byte[40];

        int written = GeometryWriter.FormatCoordinate(value, precision, text);

        Assert.Equal(expected, Encoding.ASCII.GetString(text[..written]));
    }

    [Fact]
    public void PrecisionOptionAppliesToEveryCoordinate() =>
        Assert.Contains("[[119.12,34.99],[120,35]]",
            Write([Feature("a", "LINESTRING (119.1234 34.987, 120.001 35)")], new GeoJsonWriteOptions { Precision = 2 }));

    [Fact]
    public void PrecisionOutsideZeroToFifteenIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoJsonWriteOptions { Precision = 16 });

    [Fact]
    public void ClockwiseExteriorAndCounterClockwiseHoleAreWrittenTheRightWayRound()
    {
        var feature = Feature("p", "POLYGON ((119 34, 119 35, 120 35, 120 34, 119 34), (119.2 34.2, 119.8 34.2, 119.8 34.8, 119.2 34.8, 119.2 34.2))");

        string text = Write([feature]);

        Assert.Contains("[[[119,34],[120,34],[120,35],[119,35],[119,34]],[[119.2,34.2],[119.2,34.8],[119.8,34.8],[119.8,34.2],[119.2,34.2]]]", text);
        Assert.Equal("POLYGON ((119 34, 119 35, 120 35, 120 34, 119 34), (119.2 34.2, 119.8 34.2, 119.8 34.8, 119.2 34.8, 119.2 34.2))",
            feature.Geometry.AsText());
    }

    [Fact]
    public void EveryGeometryTypeIsWritten()
    {
        string text = Write([
            Feature("1", "MULTIPOLYGON (((119 34, 120 34, 120 35, 119 34)), ((121 34, 122 34, 122 35, 121 34)))"),
            Feature("2", "MULTILINESTRING ((119 34, 120 35), (121 34, 122 35))"),
            Feature("3", "POINT (119 34)"),
            Feature("4", "MULTIPOINT ((119 34), (120 35))"),
            Feature("5", "GEOMETRYCOLLECTION (POINT (119 34), LINESTRING (119 34, 120 35))"),
            Feature("6", "POLYGON EMPTY"),
        ]);

        Assert.Contains("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[119,34],[120,34],[120,35],[119,34]]],[[[121,34],[122,34],[122,35],[121,34]]]]}", text);
        Assert.Contains("{\"type\":\"MultiLineString\",\"coordinates\":[[[119,34],[120,35]],[[121,34],[122,35]]]}", text);
        Assert.Contains("{\"type\":\"Point\",\"coordinates\":[119,34]}", text);
        Assert.Contains("{\"type\":\"MultiPoint\",\"coordinates\":[[119,34],[120,35]]}", text);
        Assert.Contains("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[119,34]},{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}]}", text);
        Assert.Contains("{\"type\":\"Polygon\",\"coordinates\":[]}", text);
    }

    [Fact]
    public void ZIsNotWritten() =>
        Assert.Contains("[[119,34],[120,35]]", Write([Feature("a", "LINESTRING Z (119 34 5, 120 35 6)")]));

    [Fact]
    public void FeatureWithoutIdIsWrittenWithoutOne() =>
        Assert.DoesNotContain("\"id\"", Write([Feature("", "LINESTRING (119 34, 120 35)")]));

    [Fact]
    public void FeaturesAreWrittenAsTheyAreEnumerated()
    {
        var stream = new MemoryStream();
        IEnumerable<EcoFeature> Features()
        {
            yield return Feature("a", "LINESTRING (119 34, 120 35)");
            Assert.Contains("\"id\":\"a\"", Encoding.UTF8.GetString(stream.ToArray()));
            yield return Feature("b", "LINESTRING (119 34, 120 35)");
        }

        GeoJsonWriter.Write(stream, Features());

        Assert.Contains("\"id\":\"b\"", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void SingleFeatureCanBeWrittenToAnyJsonWriter()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, GeoJsonWriter.JsonOptions))
            GeoJsonWriter.WriteFeature(writer, Feature("岸-1", "LINESTRING (119.30000004 35.09, 119.4 35)"));

        Assert.Equal("{\"type\":\"Feature\",\"id\":\"岸-1\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119.3,35.09],[119.4,35]]}}",
            Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
