using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

/// <summary>
/// <c>measure shoreline</c> and <c>measure banks</c> on the sample project against figures computed
/// independently of EcoSpace: layers/tools/make_sample.py measured the sample's segments with pyproj
/// (<c>Geod(a=6378137, f=1/298.257222101).line_length</c>) and wrote layers/tools/sample_figures.json;
/// the region and bay figures were cut with shapely (<c>intersection</c>/<c>difference</c> at each
/// admin_region or bay polygon in key order, on layers/*.geojson) and measured with pyproj the same way
/// on 2026-11-23. They are copied here so the test does not read what it checks.
/// </summary>
public class MeasureRatioTests(SampleProject sample) : IClassFixture<SampleProject>
{
    private const double Millimetre = 1e-3;

    private JsonNode Json(params string[] args)
    {
        var outcome = sample.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        return JsonNode.Parse(outcome.Stdout)!;
    }

    [Fact]
    public void TheSampleShorelineRatioIsThePlansThirtyFivePointFourPercent()
    {
        var result = Json("measure", "shoreline", "--json");

        Assert.Equal(SampleFigures.NaturalRatio, result["ratio"]!.GetValue<double>(), 1e-9);
        Assert.Equal(SampleFigures.NaturalNumeratorMeters, result["numerator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(SampleFigures.MainlandMeters, result["denominator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(SampleFigures.IslandMeters, result["islands"]!["denominator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(["bedrock", "sandy", "muddy", "biological", "restored"],
            result["classes"]!["numerator"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("GRS80", result["ellipsoid"]!.GetValue<string>());
        Assert.True(result["data_version"]!.GetValue<long>() > 0);
        Assert.True(DateTimeOffset.UtcNow - result["computed_at"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(5));
        Assert.Equal(0, result["bay_share"]!["share"]!.GetValue<double>());
    }

    [Fact]
    public void TheSampleBankRatioIsThePlansFortySevenPointSixFourPercent()
    {
        var result = Json("measure", "banks", "--json");

        Assert.Equal(SampleFigures.BankRatio, result["ratio"]!.GetValue<double>(), 1e-9);
        Assert.Equal(SampleFigures.BankNumeratorMeters, result["numerator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(SampleFigures.BankDenominatorMeters, result["denominator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(["protection", "reserve"], result["classes"]!["numerator"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public void TheTextSummaryShowsThePercentagesAPlannerReads()
    {
        var shoreline = sample.Run("measure", "shoreline");
        Assert.Contains("35.40 %", shoreline.Stdout);
        Assert.Contains("自然岸线保有率", shoreline.Stdout);
        Assert.Contains("186,287.975 m", shoreline.Stdout);
        var banks = sample.Run("measure", "banks");
        Assert.Contains("47.64 %", banks.Stdout);
    }

    [Fact]
    public void ShorelineByClassMatchesTheOraclesClassLengths()
    {
        // sample_figures.json: shoreline.by_class_m
        var expected = new Dictionary<string, double>
        {
            ["estuary"] = 9361.798626352864, ["artificial"] = 110980.24160635499, ["muddy"] = 7088.134744960003,
            ["bedrock"] = 39996.05769634155, ["sandy"] = 13434.374020248035, ["restored"] = 3175.194368215335,
            ["biological"] = 2252.1740712000196,
        };
        var groups = Json("measure", "shoreline", "--by", "class", "--json")["groups"]!.AsArray();

        Assert.Equal(expected.Count, groups.Count);
        foreach (var group in groups)
            Assert.Equal(expected[group!["key"]!.GetValue<string>()], group["denominator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(39996.05769634155, groups.Single(g => g!["key"]!.GetValue<string>() == "bedrock")!["numerator_m"]!.GetValue<double>(), Millimetre);
    }

    [Fact]
    public void ShorelineByRegionIsCutAtTheDistrictBoundaries()
    {
        // shapely cut at admin_region polygons + pyproj: (natural numerator, mainland denominator) per district.
        var expected = new Dictionary<string, (double Natural, double Mainland)>
        {
            ["320724"] = (0, 16072.12327214777),
            ["320723"] = (1835.850661800491, 20352.502678705063),
            ["320703"] = (41396.05173996709, 72563.65011669284),
            ["320706"] = (3175.194368215335, 9686.91270992775),
            ["320707"] = (19538.838130982014, 67612.78635619934),
        };
        var result = Json("measure", "shoreline", "--by", "region", "--json");
        var groups = result["groups"]!.AsArray();

        Assert.Equal("region", result["grouped_by"]!.GetValue<string>());
        Assert.Equal(expected.Keys.Order(), groups.Select(g => g!["key"]!.GetValue<string>()));
        foreach (var group in groups)
        {
            var (natural, mainland) = expected[group!["key"]!.GetValue<string>()];
            Assert.Equal(natural, group["numerator_m"]!.GetValue<double>(), Millimetre);
            Assert.Equal(mainland, group["denominator_m"]!.GetValue<double>(), Millimetre);
        }
        Assert.Equal("连云区", groups[0]!["label"]!.GetValue<string>());
    }

    [Fact]
    public void ShorelineByBayIsCutAtTheBayPolygons()
    {
        // shapely cut at bay polygons (by id) + pyproj; coast outside both bays has no key.
        var result = Json("measure", "shoreline", "--by", "bay", "--json");
        var groups = result["groups"]!.AsArray().ToDictionary(g => g!["key"]?.GetValue<string>() ?? "(none)");

        Assert.Equal(67606.935713412, groups["bay-haizhouwan-ganyu"]!["denominator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(56310.598021930215, groups["bay-haizhouwan-lianyun"]!["denominator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(41906.782902702806, groups["bay-haizhouwan-lianyun"]!["numerator_m"]!.GetValue<double>(), Millimetre);
        Assert.Equal(62370.441398669944, groups["(none)"]!["denominator_m"]!.GetValue<double>(), Millimetre);
    }

    [Fact]
    public void BanksByRegionByRiverAndByZoneMatchTheOracle()
    {
        // sample_figures.json: river_bank.by_river_m and by_zone_m; by region: shapely cut + pyproj.
        var byRiver = Groups(Json("measure", "banks", "--by", "river", "--json"));
        Assert.Equal(55389.39674414786, byRiver["临洪河"], Millimetre);
        Assert.Equal(137521.9827855233, byRiver["新沂河"], Millimetre);
        Assert.Equal(110348.04179158849, byRiver["通榆河"], Millimetre);
        Assert.Equal(19886.787641579187, byRiver["石梁河水库"], Millimetre);

        var byZone = Groups(Json("measure", "banks", "--by", "zone", "--json"));
        Assert.Equal(125408.91640638158, byZone["protection"], Millimetre);
        Assert.Equal(28537.93299435453, byZone["reserve"], Millimetre);
        Assert.Equal(93466.51681158146, byZone["controlled"], Millimetre);
        Assert.Equal(75732.84275052126, byZone["development"], Millimetre);

        var byRegion = Groups(Json("measure", "banks", "--by", "region", "--json"));
        Assert.Equal(47506.46420161428, byRegion["320707"], Millimetre);
        Assert.Equal(60842.36117474509, byRegion["320722"], Millimetre);
        Assert.Equal(25274.244810084318, byRegion["320706"], Millimetre);
        Assert.Equal(120635.76902246676, byRegion["320723"], Millimetre);
        Assert.Equal(68887.36975392837, byRegion["320724"], Millimetre);
    }

    [Fact]
    public void AGroupingThatDoesNotFitTheRatioIsAUsageError()
    {
        var outcome = sample.Run("measure", "shoreline", "--by", "river");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("river", outcome.Stderr);
    }

    [Fact]
    public void Wgs84IsSelectableAndSaidInTheResult()
    {
        var result = Json("measure", "shoreline", "--ellipsoid", "WGS84", "--json");
        Assert.Equal("WGS84", result["ellipsoid"]!.GetValue<string>());
        // The two ellipsoids differ by ~1e-10 relative: about 0.02 mm on 186 km.
        Assert.Equal(SampleFigures.MainlandMeters, result["denominator_m"]!.GetValue<double>(), 0.01);
    }

    private static Dictionary<string, double> Groups(JsonNode result) =>
        result["groups"]!.AsArray().ToDictionary(g => g!["key"]!.GetValue<string>(), g => g!["denominator_m"]!.GetValue<double>());
}
