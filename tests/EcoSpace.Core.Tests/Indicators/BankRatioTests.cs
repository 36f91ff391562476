using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Settings;
using static EcoSpace.Core.Tests.Indicators.RatioFeatures;

namespace EcoSpace.Core.Tests.Indicators;

/// <summary>
/// The bank protection ratio of DOMAIN.md §3. Lengths from pyproj on GRS80 (see ShorelineRatioTests):
/// (119.0 34.6)-(119.1 34.6) = 9173.017457173584 m, (119.0 34.6)-(119.0 34.7) = 11093.41804612458 m.
/// </summary>
public class BankRatioTests
{
    private const double EastWest = 9173.017457173584;
    private const double NorthSouth = 11093.41804612458;
    private const double Millimetre = 1e-3;

    private static EcoFeature Bank(string wkt, string json) => Segment("river_bank", wkt, json);

    [Fact]
    public void RatioCountsEachBankSeparately()
    {
        // The same river reach, left and right banks drawn on one line: two segments, both counted.
        var result = BankRatio.Compute(Inputs([
            Bank("LINESTRING (119.0 34.6, 119.1 34.6)", """{"river":"新沂河","side":"left","zone":"protection"}"""),
            Bank("LINESTRING (119.0 34.6, 119.1 34.6)", """{"river":"新沂河","side":"right","zone":"development"}"""),
        ]), IndicatorSettings.Defaults);

        Assert.Equal(EastWest, result.NumeratorMeters, Millimetre);
        Assert.Equal(2 * EastWest, result.DenominatorMeters, Millimetre);
        Assert.Equal(0.5, result.Ratio!.Value, 1e-12);
    }

    [Fact]
    public void ProtectionAndReserveZonesAreTheNumeratorByDefault()
    {
        var result = BankRatio.Compute(Inputs([
            Bank("LINESTRING (119.0 34.6, 119.1 34.6)", """{"zone":"reserve"}"""),
            Bank("LINESTRING (119.0 34.6, 119.0 34.7)", """{"zone":"controlled"}"""),
        ]), IndicatorSettings.Defaults);

        Assert.Equal(EastWest / (EastWest + NorthSouth), result.Ratio!.Value, 1e-12);
        Assert.Equal(["protection", "reserve"], result.Classes.Numerator);
        Assert.Equal("zone", result.Classes.Property);
    }

    [Fact]
    public void GroupsByRiverAndByZoneAddUpToTheTotal()
    {
        var segments = new[]
        {
            Bank("LINESTRING (119.0 34.6, 119.1 34.6)", """{"river":"临洪河","zone":"protection"}"""),
            Bank("LINESTRING (119.0 34.6, 119.0 34.7)", """{"river":"新沂河","zone":"development"}"""),
            Bank("LINESTRING (119.0 34.7, 119.1 34.7)", """{"zone":"reserve"}"""),
        };
        foreach (var by in new[] { RatioGrouping.River, RatioGrouping.Zone })
        {
            var result = BankRatio.Compute(Inputs(segments), IndicatorSettings.Defaults, by);
            Assert.Equal(result.DenominatorMeters, result.Groups.Sum(g => g.DenominatorMeters), 1e-9);
            Assert.Equal(result.NumeratorMeters, result.Groups.Sum(g => g.NumeratorMeters), 1e-9);
        }

        var byRiver = BankRatio.Compute(Inputs(segments), IndicatorSettings.Defaults, RatioGrouping.River);
        Assert.Null(byRiver.Groups[^1].Key);
        var byZone = BankRatio.Compute(Inputs(segments), IndicatorSettings.Defaults, RatioGrouping.Zone);
        Assert.Equal(["protection", "reserve", "development"], byZone.Groups.Select(g => g.Key));
        Assert.Equal("岸线保护区", byZone.Groups[0].Label);
    }

    [Fact]
    public void ASegmentWithoutZoneIsInTheDenominatorAndNamedInAWarning()
    {
        var result = BankRatio.Compute(Inputs([
            Bank("LINESTRING (119.0 34.6, 119.1 34.6)", """{"zone":"protection"}"""),
            Bank("LINESTRING (119.0 34.6, 119.0 34.7)", """{}"""),
        ]), IndicatorSettings.Defaults);

        Assert.Equal(EastWest + NorthSouth, result.DenominatorMeters, Millimetre);
        Assert.Contains(result.Warnings, w => w.Contains("no zone"));
    }

    [Fact]
    public void TheBankRatioHasNoIslandsOrBayShare()
    {
        var result = BankRatio.Compute(Inputs([]), IndicatorSettings.Defaults);
        Assert.Null(result.Islands);
        Assert.Null(result.BayShare);
        Assert.Null(result.Ratio);
    }
}
