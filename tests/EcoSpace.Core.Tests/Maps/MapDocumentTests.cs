using EcoSpace.Core.Maps;

namespace EcoSpace.Core.Tests.Maps;

public class MapDocumentTests
{
    private static string MapsFolder() => EcoSpace.Tests.TestRepository.Maps;

    public static TheoryData<string> MapFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(MapsFolder(), "*.map.json").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(MapFiles))]
    public void EveryMapDocumentLoadsWithoutProblems(string file)
    {
        var map = MapDocuments.Parse(File.ReadAllText(Path.Combine(MapsFolder(), file)));
        Assert.Empty(MapDocuments.Check(map));
        Assert.False(string.IsNullOrWhiteSpace(map.Title.Zh));
        Assert.False(string.IsNullOrWhiteSpace(map.Title.En));
    }

    [Fact]
    public void TheOverviewAndShorelineMapsExist()
    {
        Assert.True(File.Exists(Path.Combine(MapsFolder(), "overview.map.json")));
        Assert.True(File.Exists(Path.Combine(MapsFolder(), "shoreline.map.json")));
    }

    [Fact]
    public void AMapNamingAnUnknownKindOrCodeIsReported()
    {
        var map = MapDocuments.Parse("""
            {"format":"ecospace-map/1","id":"t","title":{"zh":"测试","en":"Test"},"view":{"center":[119.4,34.7],"zoom":9},
             "layers":[{"kind":"coastline","style":{"stroke":"#ff0000"}},
                       {"kind":"shoreline","style":{"by":"class","classes":{"rocky":{"stroke":"#00ff00"}}}}]}
            """);
        var problems = MapDocuments.Check(map);
        Assert.Contains(problems, p => p.Contains("coastline"));
        Assert.Contains(problems, p => p.Contains("rocky"));
    }
}
