using System.Text.Json;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

public class PropertiesAndIdTests
{
    private static Core.Features.FeatureCandidate Read(string id, string properties) =>
        Assert.Single(TestData.ReadText("{\"type\":\"Feature\"" + (id.Length > 0 ? ",\"id\":" + id : "") + ",\"properties\":" + properties +
            ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}}"));

    [Fact]
    public void PropertiesKeepFileOrderAndExactValues()
    {
        var feature = Read("\"a\"", "{\"z\":1,\"name\":\"连云港 𬇙\",\"big\":12345678901234567890,\"ratio\":1.10,\"sci\":1e5,\"flag\":true,\"none\":null," +
            "\"nested\":{\"list\":[1,\"two\",{\"three\":3}]}}").Feature!;

        Assert.Equal(["z", "name", "big", "ratio", "sci", "flag", "none", "nested"], feature.Properties.Select(p => p.Key));
        Assert.Equal("连云港 𬇙", feature.Text("name"));
        Assert.True(feature.Flag("flag"));
        Assert.True(feature.Properties.ContainsKey("none"));
        Assert.Null(feature.Properties["none"]);
        Assert.Equal("{\"z\":1,\"name\":\"连云港 𬇙\",\"big\":12345678901234567890,\"ratio\":1.10,\"sci\":1e5,\"flag\":true,\"none\":null," +
            "\"nested\":{\"list\":[1,\"two\",{\"three\":3}]}}",
            feature.Properties.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
                .Replace("\\uD870\\uDDD9", "𬇙"));
    }

    [Fact]
    public void IntegerPropertyReadsAsAWholeNumber() =>
        Assert.True(Read("\"a\"", "{\"year\":2021}").Feature!.Properties["year"]!.AsValue().TryGetValue(out long year) && year == 2021);

    [Fact]
    public void DuplicatePropertyKeyIsAnError()
    {
        var candidate = Read("\"a\"", "{\"name\":\"a\",\"name\":\"b\"}");

        Assert.Null(candidate.Feature);
        Assert.Equal("the property \"name\" appears twice, so its value is ambiguous (line 1)", candidate.Issues.Single().Message);
    }

    [Fact]
    public void NullPropertiesBecomeAnEmptyObjectWithAWarning()
    {
        var candidate = Read("\"a\"", "null");

        Assert.Empty(candidate.Feature!.Properties);
        Assert.Equal(GeoJsonIssueCodes.PropertiesNull, candidate.Issues.Single().Code);
    }

    [Fact]
    public void PropertiesAsAnArrayAreAnError() =>
        Assert.Equal("\"properties\" must be an object or null, not an array (line 1)", Read("\"a\"", "[1]").Issues.Single().Message);

    [Fact]
    public void StringIdIsKept()
    {
        var candidate = Read("\"rl-001\"", "{}");

        Assert.Equal("rl-001", candidate.Id);
        Assert.Equal("rl-001", candidate.Feature!.Id);
        Assert.Empty(candidate.Issues);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("0", "0")]
    [InlineData("1.5", "1.5")]
    [InlineData("1108782367", "1108782367")]
    public void NumericIdBecomesItsTextWithAWarning(string json, string text)
    {
        var candidate = Read(json, "{}");

        Assert.Equal(text, candidate.Feature!.Id);
        Assert.Equal($"the numeric id {text} is read as the text \"{text}\"", candidate.Issues.Single(i => i.Code == GeoJsonIssueCodes.IdConverted).Message);
    }

    [Fact]
    public void MissingIdLeavesTheFeatureForTheStoreToNumber()
    {
        var candidate = Read("", "{}");

        Assert.Null(candidate.Id);
        Assert.Equal("", candidate.Feature!.Id);
    }

    [Fact]
    public void NullIdIsNoId() => Assert.Null(Read("null", "{}").Id);

    [Fact]
    public void ObjectIdIsAnError()
    {
        var candidate = Read("{}", "{}");

        Assert.Null(candidate.Feature);
        Assert.Equal("\"id\" must be a string or a number, not an object (line 1)", candidate.Issues.Single().Message);
    }

    [Theory]
    [InlineData("{\"id\":\"x-7\"}", "x-7")]
    [InlineData("{\"id\":7}", "7")]
    [InlineData("{\"id\":7.5}", null)]
    [InlineData("{\"id\":null}", null)]
    public void IdPropertyStandsInForAMissingTopLevelId(string properties, string? expected)
    {
        var candidate = Read("", properties);

        Assert.Equal(expected, candidate.Id);
        Assert.Equal(expected ?? "", candidate.Feature!.Id);
        Assert.True(candidate.Feature.Properties.ContainsKey("id"));
    }

    [Fact]
    public void TopLevelIdWinsOverTheIdProperty() => Assert.Equal("top", Read("\"top\"", "{\"id\":\"prop\"}").Id);

    [Fact]
    public void CandidateSaysWhereTheFeatureIs()
    {
        var candidates = TestData.ReadText("{\"type\":\"FeatureCollection\",\"features\":[\n" +
            "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":null},\n" +
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}");

        Assert.Equal(["feature #0 (id \"a\", line 2)", "feature #1 (no id, line 3)"], candidates.Select(c => c.Where));
    }

    [Fact]
    public void TextThatIsNotUtf8IsAnErrorWithAHint()
    {
        byte[] gbk = [0xC1, 0xAC, 0xD4, 0xC6, 0xB8, 0xDB]; // 连云港 in GBK
        byte[] json = [.. "{\"type\":\"Feature\",\"properties\":{\"name\":\""u8, .. gbk,
            .. "\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}}"u8];

        var candidate = Assert.Single(TestData.ReadBytes(json));

        Assert.Null(candidate.Feature);
        Assert.Contains("not UTF-8 (is the file GBK/GB18030?", candidate.Issues.Single().Message);
    }
}
