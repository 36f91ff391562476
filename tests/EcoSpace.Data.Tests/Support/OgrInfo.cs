using System.Text.RegularExpressions;

namespace EcoSpace.Data.Tests.Support;

/// <summary>The layers `ogrinfo -ro -so -al` reports: geometry type, feature count, whether the CRS is EPSG:4490.</summary>
public static partial class OgrInfo
{
    public sealed record Layer(string Name, string Geometry, long FeatureCount, bool IsCgcs2000, string Text);

    public static IReadOnlyDictionary<string, Layer> Summary(string path)
    {
        string output = Gdal.Ok("ogrinfo", "-ro", "-so", "-al", path);
        var layers = new Dictionary<string, Layer>();
        foreach (var block in output.Split("Layer name: ").Skip(1))
        {
            string name = block[..block.IndexOf('\n')].Trim();
            string geometry = GeometryLine().Match(block).Groups[1].Value.Trim();
            long count = long.Parse(CountLine().Match(block).Groups[1].Value);
            layers[name] = new Layer(name, geometry, count, block.Contains("ID[\"EPSG\",4490]"), block);
        }
        return layers;
    }

    [GeneratedRegex(@"^Geometry: (.*)$", RegexOptions.Multiline)]
    private static partial Regex GeometryLine();

    [GeneratedRegex(@"^Feature Count: (\d+)$", RegexOptions.Multiline)]
    private static partial Regex CountLine();
}
