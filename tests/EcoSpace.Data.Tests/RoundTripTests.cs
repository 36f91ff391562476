using System.Text.Json.Nodes;
using EcoSpace.Data.Import;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>Every property comes back: schema ones from typed columns, unknown ones from extra_props.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void EveryPropertyTypeRoundTrips()
    {
        using var store = temp.Create();
        var shoreline = TestFeatures.Shoreline("s", 0, """
            {"class":"restored","mainland":false,"restored_on":"2021-06-30","name":"连岛","region":"320703","bay":"海州湾"}
            """);
        var bay = TestFeatures.Feature("bay", "b", "POLYGON ((119.2 34.8, 119.5 34.8, 119.5 35.0, 119.2 35.0, 119.2 34.8))",
            """{"status":"built","year":2025}""");

        store.Insert(shoreline, "t");
        store.Insert(bay, "t");

        Assert.True(JsonNode.DeepEquals(shoreline.Properties, store.Get("shoreline", "s")!.Feature.Properties));
        Assert.True(JsonNode.DeepEquals(bay.Properties, store.Get("bay", "b")!.Feature.Properties));
        Assert.Equal(0L, RawSql.Scalar(temp.Path, "SELECT mainland FROM shoreline"));
        Assert.Equal(2025L, RawSql.Scalar(temp.Path, "SELECT year FROM bay"));
        Assert.Equal("2021-06-30", RawSql.Scalar(temp.Path, "SELECT restored_on FROM shoreline"));
    }

    [Fact]
    public void UnknownPropertiesAreKeptExactlyAsReadAfterTheSchemaOnes()
    {
        using var store = temp.Create();
        var feature = TestFeatures.Shoreline("s", 0, """
            {"survey":{"by":"王工","points":[1,2.50,3]},"class":"sandy","flag":null,"mainland":true,"ratio":1.50,"Name":"upper"}
            """);

        store.Insert(feature, "t");

        var properties = store.Get("shoreline", "s")!.Feature.Properties;
        Assert.Equal(["class", "mainland", "survey", "flag", "ratio", "Name"], properties.Select(p => p.Key));
        Assert.Equal("""{"class":"sandy","mainland":true,"survey":{"by":"王工","points":[1,2.50,3]},"flag":null,"ratio":1.50,"Name":"upper"}""",
            properties.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("""{"survey":{"by":"王工","points":[1,2.50,3]},"flag":null,"ratio":1.50,"Name":"upper"}""",
            RawSql.Scalar(temp.Path, "SELECT extra_props FROM shoreline"));
    }

    [Fact]
    public void ASchemaPropertyThatIsNullReadsBackAsAbsent()
    {
        using var store = temp.Create();

        store.Insert(TestFeatures.Shoreline("s", 0, """{"class":"sandy","mainland":true,"bay":null}"""), "t");

        Assert.False(store.Get("shoreline", "s")!.Feature.Properties.ContainsKey("bay"));
        Assert.Null(RawSql.Scalar(temp.Path, "SELECT extra_props FROM shoreline"));
    }

    [Fact]
    public void ReadAllStreamsInFidOrderWithVersions()
    {
        using var store = temp.Create();
        store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("z"), TestFeatures.Shoreline("a", 1), TestFeatures.Shoreline("m", 2)));
        store.Update(TestFeatures.Shoreline("a", 1.5), "t");

        var all = store.ReadAll("shoreline").ToList();

        Assert.Equal(["z", "a", "m"], all.Select(f => f.Id));
        Assert.Equal([1L, 2L, 1L], all.Select(f => f.Version));
        Assert.All(all, f => Assert.Equal("shoreline", f.Feature.Kind));
        Assert.All(all, f => Assert.Equal(4490, f.Feature.Geometry.SRID));
    }

    [Fact]
    public void LayersReportLabelsCountsAndExtents()
    {
        using var store = temp.Create();
        store.Import("red_line", TestFeatures.Candidates(TestFeatures.RedLine("r1"), TestFeatures.RedLine("r2", 0.5)), new ImportOptions());

        var layers = store.Layers();

        Assert.Equal(Core.Schema.KindCatalog.Names, layers.Select(l => l.Kind));
        var redLine = layers.Single(l => l.Kind == "red_line");
        Assert.Equal(("生态保护红线", "MULTIPOLYGON", 2L), (redLine.Zh, redLine.GeometryType, redLine.Count));
        Assert.Equal(new NetTopologySuite.Geometries.Envelope(119.2, 119.8, 34.6, 34.7), redLine.Extent);
        Assert.Null(layers.Single(l => l.Kind == "farmland").Extent);
    }
}
