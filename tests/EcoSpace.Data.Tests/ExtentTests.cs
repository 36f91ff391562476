using EcoSpace.Data.Tests.Support;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Tests;

/// <summary>gpkg_contents' extent is the exact envelope of the layer's data after every write.</summary>
public sealed class ExtentTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    private Envelope? ContentsExtent(string kind)
    {
        var row = RawSql.Rows(temp.Path, $"SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = '{kind}'").Single();
        return row[0] is null ? null : new Envelope((double)row[0]!, (double)row[1]!, (double)row[2]!, (double)row[3]!);
    }

    [Fact]
    public void ExtentIsTheEnvelopeOfTheImportedData()
    {
        var features = new[] { TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 1.5) };
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(features));

        var expected = new Envelope(features[0].Geometry.EnvelopeInternal);
        expected.ExpandToInclude(features[1].Geometry.EnvelopeInternal);
        Assert.Equal(expected, ContentsExtent("shoreline"));
        Assert.Null(ContentsExtent("red_line"));
    }

    [Fact]
    public void DeletingTheFeatureOnTheEdgeShrinksTheExtent()
    {
        using (var store = temp.Create())
        {
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 1.5)));
            store.Delete("shoreline", "b", "tester");
        }

        Assert.Equal(TestFeatures.Shoreline("a").Geometry.EnvelopeInternal, ContentsExtent("shoreline"));
    }

    [Fact]
    public void UpdatingAFeatureInwardsShrinksTheExtent()
    {
        using (var store = temp.Create())
        {
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("a"), TestFeatures.Shoreline("b", 1.5)));
            store.Update(TestFeatures.Shoreline("b", 0.01), "tester");
        }

        var expected = new Envelope(TestFeatures.Shoreline("a").Geometry.EnvelopeInternal);
        expected.ExpandToInclude(TestFeatures.Shoreline("b", 0.01).Geometry.EnvelopeInternal);
        Assert.Equal(expected, ContentsExtent("shoreline"));
    }

    [Fact]
    public void AnEmptiedLayerHasNoExtent()
    {
        using (var store = temp.Create())
        {
            store.Insert(TestFeatures.RedLine("r"), "tester");
            Assert.NotNull(store.Layers().Single(l => l.Kind == "red_line").Extent);
            store.Delete("red_line", "r", "tester");
            Assert.Null(store.Layers().Single(l => l.Kind == "red_line").Extent);
        }

        Assert.Null(ContentsExtent("red_line"));
    }
}
