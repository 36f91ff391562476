using System.Text;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

/// <summary>The forms real tools write (DOMAIN.md §6), told apart by content, not by file name.</summary>
public class AcceptedFormsTests
{
    private const string Line1 = "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{\"name\":\"西墅\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119.3,35.09],[119.4,35.0]]}}";
    private const string Line2 = "{\"type\":\"Feature\",\"id\":\"b\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119.4,35.0],[119.5,34.9]]}}";

    [Theory]
    [InlineData("issue37-bom.geojson")]
    [InlineData("issue51-bom.geojson")]
    public void FileStartingWithUtf8BomIsRead(string file)
    {
        string path = TestData.Path("geojson", "nts-bom", file);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);

        var candidates = TestData.ReadFile(path, "admin_region");

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.NotNull(c.Feature));
    }

    [Fact]
    public void BomFileKeepsItsNumericIdAsText()
    {
        var candidate = Assert.Single(TestData.ReadFile(TestData.Path("geojson", "nts-bom", "issue37-bom.geojson"), "admin_region"));

        Assert.Equal("1108782367", candidate.Id);
        Assert.Contains(candidate.Issues, i => i.Code == GeoJsonIssueCodes.IdConverted);
    }

    [Fact]
    public void CrlfLineEndsCountAsOneLineEach()
    {
        string json = "{\r\n\"type\": \"FeatureCollection\",\r\n\"features\": [\r\n" + Line1 + ",\r\n" + Line2 + "\r\n]\r\n}\r\n";

        var candidates = TestData.ReadText(json);

        Assert.Equal([4, 5], candidates.Select(c => c.Line));
        Assert.Equal(["a", "b"], candidates.Select(c => c.Id));
    }

    [Fact]
    public void BareFeatureIsOneCandidate()
    {
        var candidate = Assert.Single(TestData.ReadText(Line1));

        Assert.Equal("a", candidate.Feature!.Id);
        Assert.Equal("restoration", candidate.Feature.Kind);
        Assert.Equal(0, candidate.Index);
    }

    [Fact]
    public void BareGeometryIsOneFeatureWithoutIdOrProperties()
    {
        var candidate = Assert.Single(TestData.ReadText("{\"coordinates\":[[119.3,35.09],[119.4,35.0]],\"type\":\"LineString\"}"));

        Assert.Null(candidate.Id);
        Assert.Equal("", candidate.Feature!.Id);
        Assert.False(candidate.Feature.HasId);
        Assert.Empty(candidate.Feature.Properties);
        Assert.Equal("LINESTRING (119.3 35.09, 119.4 35)", candidate.Feature.Geometry.AsText());
    }

    [Fact]
    public void NewlineDelimitedFeaturesAreASequence()
    {
        var candidates = TestData.ReadText(Line1 + "\n" + Line2 + "\n");

        Assert.Equal(["a", "b"], candidates.Select(c => c.Id));
        Assert.Equal([0, 1], candidates.Select(c => c.Index));
        Assert.Equal([1, 2], candidates.Select(c => c.Line));
    }

    [Fact]
    public void NewlineDelimitedFileMayHaveCrlfAndBlankLines()
    {
        var candidates = TestData.ReadText(Line1 + "\r\n\r\n" + Line2 + "\r\n");

        Assert.Equal(["a", "b"], candidates.Select(c => c.Id));
        Assert.Equal([1, 3], candidates.Select(c => c.Line));
    }

    [Fact]
    public void Rfc8142RecordSeparatedFeaturesAreASequence()
    {
        var candidates = TestData.ReadText("\u001e" + Line1 + "\n\u001e" + Line2 + "\n");

        Assert.Equal(["a", "b"], candidates.Select(c => c.Id));
        Assert.Equal([1, 2], candidates.Select(c => c.Line));
    }

    [Fact]
    public void SequenceMayMixBareGeometriesAndFeatures()
    {
        var candidates = TestData.ReadText(Line1 + "\n{\"type\":\"LineString\",\"coordinates\":[[119,34],[119.1,34.1]]}\n");

        Assert.Equal(["a", null], candidates.Select(c => c.Id));
        Assert.All(candidates, c => Assert.NotNull(c.Feature));
    }

    [Fact]
    public void FeatureCollectionMembersMayComeInAnyOrder()
    {
        string json = "{\"features\":[" + Line1 + "],\"name\":\"x\",\"type\":\"FeatureCollection\"}";

        Assert.Equal("a", Assert.Single(TestData.ReadText(json)).Id);
    }

    [Fact]
    public void EmptyFeatureCollectionYieldsNothing() =>
        Assert.Empty(TestData.ReadText("{\"type\":\"FeatureCollection\",\"features\":[]}"));

    [Fact]
    public void Utf16FileIsRefusedWithAHint()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Line1)];

        var e = Assert.Throws<GeoJsonException>(() => TestData.ReadBytes(bytes));

        Assert.Contains("UTF-16", e.Message);
    }
}
