using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

/// <summary>
/// <c>measure layer</c> on the sample: per-feature geodesic areas against layers/tools/sample_figures.json
/// (pyproj <c>Geod.polygon_area_perimeter</c>, |shell| − |holes|, made by layers/tools/make_sample.py),
/// and the Gauss-Krüger plane length in the feature's zone (CM 120° E, EPSG:4549, for Lianyungang).
/// </summary>
public class MeasureLayerTests(SampleProject sample) : IClassFixture<SampleProject>
{
    // sample_figures.json: red_line.by_feature_m2
    private static readonly Dictionary<string, double> RedLineAreas = new()
    {
        ["red_line-yuntaishan"] = 167142810.93506634,
        ["red_line-shilianghe"] = 117895612.95183772,
        ["red_line-xiaotashan"] = 56583372.47952053,
        ["red_line-linhonghekou"] = 45098774.21342973,
        ["red_line-xibu-qiuling"] = 159673602.58987042,
        ["red_line-guanhekou"] = 37036964.34968318,
        ["red_line-haizhouwan"] = 925521001.6222905,
        ["red_line-qiansandao"] = 227015228.13205293,
        ["red_line-guanyun-coast"] = 93290044.19791678,
        ["red_line-ganyu-coast"] = 47084837.62577808,
    };

    [Fact]
    public void EveryRedLineAreaMatchesTheOracle()
    {
        var result = JsonNode.Parse(sample.Run("measure", "layer", "red_line", "--json").Stdout)!;
        var features = result["features"]!.AsArray();

        Assert.Equal(RedLineAreas.Count, features.Count);
        foreach (var feature in features)
        {
            double expected = RedLineAreas[feature!["id"]!.GetValue<string>()];
            Assert.Equal(expected, feature["area_m2"]!.GetValue<double>(), expected * 1e-9);
            Assert.Null(feature["length_m"]);
            Assert.Equal(4549, feature["plane_epsg"]!.GetValue<int>());
            Assert.True(feature["plane_length_m"]!.GetValue<double>() > feature["perimeter_m"]!.GetValue<double>() * 0.9999);
        }
        // sample_figures.json: red_line.total_area_m2
        Assert.Equal(1876342249.097446, result["total"]!["area_m2"]!.GetValue<double>(), 0.01);
    }

    [Fact]
    public void ShorelineSegmentsHaveAGeodesicAndAPlaneLength()
    {
        var result = JsonNode.Parse(sample.Run("measure", "layer", "shoreline", "--json").Stdout)!;
        // sample_figures.json: mainland 186 287.975 m + islands 25 754.711 m.
        Assert.Equal(186287.97513367276 + 25754.710833782898, result["total"]!["length_m"]!.GetValue<double>(), 1e-3);
        var first = result["features"]!.AsArray()[0]!;
        Assert.Null(first["area_m2"]);
        // Lianyungang lies 0.2-0.7° west of the CM 120° E meridian: the plane reads a few ppm long, never short.
        double ratio = first["plane_length_m"]!.GetValue<double>() / first["length_m"]!.GetValue<double>();
        Assert.InRange(ratio, 1.0, 1.0001);
    }

    [Fact]
    public void TheTableNamesTheZoneAndTheTotals()
    {
        var text = sample.Run("measure", "layer", "protected_area").Stdout;
        Assert.Contains("EPSG:4549", text);
        Assert.Contains("total", text);
        // sample_figures.json: protected_area.total_ha 72 284.3756
        Assert.Contains("72,284.3756", text);
    }

    [Fact]
    public void AnUnknownKindIsAUsageErrorNamingTheKinds()
    {
        var outcome = sample.Run("measure", "layer", "coastline");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("shoreline", outcome.Stderr);
    }
}
