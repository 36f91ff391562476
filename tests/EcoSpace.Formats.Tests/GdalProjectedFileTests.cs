namespace EcoSpace.Formats.Tests;

/// <summary>A projected file as GDAL writes it, read back to the lon/lat it was made from.</summary>
public class GdalProjectedFileTests
{
    [Fact]
    public void GdalGaussKrugerFileReadsBackToItsLonLatSourceWithin1e8Degrees()
    {
        // GDAL/PROJ projected the rivers forward (see Data/README.md); ProjNet projects them back.
        var projected = TestData.ReadFile(TestData.Fixture("lianyungang-rivers-epsg4549-gdal.geojson"), "river_bank");
        var source = TestData.ReadFile(TestData.Path("rivers", "lianyungang-rivers-gshhg-wdbii.geojson"), "river_bank");

        Assert.Equal(source.Count, projected.Count);
        double worst = 0;
        for (int i = 0; i < source.Count; i++)
        {
            var a = source[i].Feature!.Geometry.Coordinates;
            var b = projected[i].Feature!.Geometry.Coordinates;
            Assert.Equal(a.Length, b.Length);
            for (int k = 0; k < a.Length; k++)
                worst = Math.Max(worst, Math.Max(Math.Abs(a[k].X - b[k].X), Math.Abs(a[k].Y - b[k].Y)));
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(source[i].Feature!.Properties, projected[i].Feature!.Properties));
        }
        Assert.True(worst < 1e-8, $"largest difference {worst}°");
    }
}
