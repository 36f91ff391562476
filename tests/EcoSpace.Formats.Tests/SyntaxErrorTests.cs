using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

/// <summary>Broken JSON cannot be read further: it throws with where and what the JSON reader says.</summary>
public class SyntaxErrorTests
{
    private static GeoJsonSyntaxException Broken(string json, GeoJsonReadOptions? options = null) =>
        Assert.Throws<GeoJsonSyntaxException>(() => TestData.ReadText(json, options: options));

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF \r\n\t")]
    public void AnEmptyFileIsRefusedNotReadAsAnEmptyLayer(string content)
    {
        var e = Assert.Throws<GeoJsonException>(() => TestData.ReadText(content));
        Assert.Contains("the file is empty", e.Message);
    }

    [Fact]
    public void MissingCommaNamesLineAndByte()
    {
        var e = Broken("{\n  \"type\": \"Feature\"\n  \"properties\": {}\n}");

        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Equal("broken JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'. (line 3, byte 3)", e.Message);
    }

    [Fact]
    public void BrokenFeatureDeepInACollectionIsPlacedInTheFile()
    {
        string features = string.Join(",\n", Enumerable.Range(0, 50).Select(i =>
            $"{{\"type\":\"Feature\",\"id\":\"{i}\",\"properties\":{{}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}}}}"));
        string json = "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + ",\n{\"type\":\"Feature\",,}]}";

        var e = Broken(json, TestData.TinyBuffer);

        Assert.Equal(52, e.Line);
        Assert.Equal(19, e.Column);
    }

    [Fact]
    public void NaNLiteralIsBrokenJsonWithAHint()
    {
        var e = Broken("{\"type\":\"LineString\",\"coordinates\":[[119,NaN],[120,35]]}");

        Assert.Contains("NaN and Infinity are not JSON numbers", e.Message);
        Assert.Equal(42, e.Column);
    }

    [Fact]
    public void TruncatedFileIsBrokenJson()
    {
        var e = Broken("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geom");

        Assert.StartsWith("broken JSON", e.Message);
    }

    [Fact]
    public void TrailingCommaIsBrokenJson() =>
        Broken("{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35],]}");

    [Fact]
    public void BrokenSecondRecordOfASequenceIsPlacedOnItsLine()
    {
        var e = Broken("{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}\n\u001e  {\"type\":,}\n");

        Assert.Equal(2, e.Line);
        Assert.Equal(12, e.Column); // RS, two spaces, {"type": then the comma
    }

    [Fact]
    public void ErrorsAreReportedAfterTheFeaturesBeforeThem()
    {
        // Reading is lazy: features before the broken place are given out, then reading stops.
        string json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},{]}";
        using var enumerator = GeoJsonReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "restoration").GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Throws<GeoJsonSyntaxException>(() => enumerator.MoveNext());
    }
}
