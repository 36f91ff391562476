using EcoSpace.Core.Validation;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Tests;
using NetTopologySuite.Operation.Valid;

namespace EcoSpace.Formats.Tests;

/// <summary>
/// The quick validity proof on real data (DCW provinces, read as an import reads them): it must
/// prove every valid province, islands touching at points included, so that check topology and
/// imports skip IsValidOp for them; Guangxi, whose ring crosses itself, is left to IsValidOp.
/// </summary>
public class ProvinceValidityProofTests
{
    [Fact]
    public void ProvesEveryValidDcwProvinceAndNotGuangxi()
    {
        using var stream = File.OpenRead(Path.Combine(TestRepository.SharedData, "perf", "china-provinces-dcw.geojson"));
        var provinces = GeoJsonReader.Read(stream, "admin_region").Select(c => c.Feature!).ToArray();

        var unproven = provinces.Where(p => !ValidPolygonProof.Holds(p.Geometry)).Select(p => p.Text("name") ?? p.Id).ToArray();

        Assert.Equal<string[]>(["Guangxi"], unproven);
        Assert.False(new IsValidOp(provinces.Single(p => p.Text("name") == "Guangxi").Geometry).IsValid);
    }

}
