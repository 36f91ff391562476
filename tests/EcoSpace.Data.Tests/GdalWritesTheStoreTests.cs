using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>Planners may edit the file in QGIS/GDAL; the store must keep working with what they write.</summary>
public sealed class GdalWritesTheStoreTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void AFeatureAppendedByOgr2ogrIsIndexedAndReadable()
    {
        using (var store = temp.Create())
            store.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("ours")));
        string input = temp.File("gdal.geojson");
        File.WriteAllText(input, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"gdal-1","class":"muddy","mainland":true},
             "geometry":{"type":"LineString","coordinates":[[119.5,34.5],[119.6,34.6]]}}]}
            """);

        Gdal.Ok("ogr2ogr", "-append", "-f", "GPKG", temp.Path, input, "-nln", "shoreline");

        var box = RawSql.Rows(temp.Path,
            "SELECT r.minx, r.maxy FROM rtree_shoreline_geom r JOIN shoreline s ON s.fid = r.id WHERE s.id = 'gdal-1'").Single();
        Assert.Equal(119.5, (double)box[0]!, 4);
        Assert.Equal(34.6, (double)box[1]!, 4);

        using var reopened = temp.Open();
        var feature = reopened.Get("shoreline", "gdal-1");
        Assert.NotNull(feature);
        Assert.Equal(1, feature.Version);
        Assert.Equal("muddy", feature.Feature.Text("class"));
        var updated = reopened.Update(feature.Feature with { Geometry = TestFeatures.Shoreline("x", 0.5).Geometry }, "planner", expectedVersion: 1);
        Assert.Equal(2, updated.Version);
        Assert.Equal(2, reopened.Layers().Single(l => l.Kind == "shoreline").Count);
    }
}
