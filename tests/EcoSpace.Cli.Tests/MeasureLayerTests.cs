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
    [Fact]
    public void EveryRedLineAreaMatchesTheOracle()
    {
        var result = JsonNode.Parse(sample.Run("measure", "layer", "red_line", "--json").Stdout)!;
        var features = result["features"]!.AsArray();

        Assert.Equal(SampleFigures.RedLineSquareMeters.Count, features.Count);
        foreach (var feature in features)
        {
            double expected = SampleFigures.RedLineSquareMeters[feature!["id"]!.GetValue<string>()];
            Assert.Equal(expected, feature["area_m2"]!.GetValue<double>(), expected * 1e-9);
            Assert.Null(feature["length_m"]);
            Assert.Equal(4549, feature["plane_epsg"]!.GetValue<int>());
            Assert.True(feature["plane_length_m"]!.GetValue<double>() > feature["perimeter_m"]!.GetValue<double>() * 0.9999);
        }
        Assert.Equal(SampleFigures.RedLineTotalSquareMeters, result["total"]!["area_m2"]!.GetValue<double>(), 0.01);
    }

    [Fact]
    public void ShorelineSegmentsHaveAGeodesicAndAPlaneLength()
    {
        var result = JsonNode.Parse(sample.Run("measure", "layer", "shoreline", "--json").Stdout)!;
        Assert.Equal(SampleFigures.MainlandMeters + SampleFigures.IslandMeters, result["total"]!["length_m"]!.GetValue<double>(), 1e-3);
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
