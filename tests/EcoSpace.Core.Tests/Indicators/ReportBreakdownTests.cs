using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Report;
using EcoSpace.Core.Indicators.Settings;
using static EcoSpace.Core.Tests.Indicators.ReportFixtures;

namespace EcoSpace.Core.Tests.Indicators;

public class ReportBreakdownTests
{
    private static readonly IndicatorReport Report = IndicatorReportBuilder.Build(Project(), IndicatorSettings.Defaults);

    [Theory]
    [InlineData(ReportKeys.RedLineArea, new[] { "domain", "function" })]
    [InlineData(ReportKeys.ProtectedArea, new[] { "pa_type", "level", "zone" })]
    public void EveryBreakdownOfAnAreaAddsUpToTheTotal(string key, string[] dimensions)
    {
        var row = Report.Row(key);

        Assert.Equal(dimensions, row.Breakdowns.Select(b => b.Dimension));
        foreach (var breakdown in row.Breakdowns)
            Assert.Equal(row.ValueSi!.Value, breakdown.Items.Sum(i => i.ValueSi!.Value), row.ValueSi.Value * 1e-12);
    }

    [Fact]
    public void TheRedLineAreaIsTheSumOfEachFeaturesGeodesicArea()
    {
        double expected = Project().RedLines.Sum(f => GeodesicMeasure.AreaSquareMeters(f.Geometry));

        Assert.Equal(expected, Report.Row(ReportKeys.RedLineArea).ValueSi!.Value, expected * 1e-12);
        Assert.Contains(Report.Row(ReportKeys.RedLineArea).Notes, n => n.En.Contains("overlaps") && n.En.Contains("not removed"));
    }

    [Fact]
    public void BreakdownItemsHaveTheCodeListsLabelsAndFeaturesWithoutTheCodeComeLast()
    {
        var function = Report.Row(ReportKeys.RedLineArea).Breakdowns.Single(b => b.Dimension == "function");

        Assert.Equal(["water_conservation", "biodiversity", null], function.Items.Select(i => i.Code));
        Assert.Equal("水源涵养", function.Items[0].LabelZh);
        Assert.Equal("Biodiversity maintenance", function.Items[1].LabelEn);
        Assert.Equal(("未填", "not given"), (function.Items[2].LabelZh, function.Items[2].LabelEn));
        Assert.Equal(("主导功能", "Dominant function"), (function.LabelZh, function.LabelEn));
        var domain = Report.Row(ReportKeys.RedLineArea).Breakdowns.Single(b => b.Dimension == "domain");
        Assert.Equal(["land", "marine"], domain.Items.Select(i => i.Code));
    }

    [Fact]
    public void IslandCoastIsShownBesideTheRatioAndNeverMixedIntoIt()
    {
        var inputs = Project();
        double sandy = GeodesicMeasure.LengthMeters(inputs.Shorelines[0].Geometry);
        double artificial = GeodesicMeasure.LengthMeters(inputs.Shorelines[1].Geometry);
        double island = GeodesicMeasure.LengthMeters(inputs.Shorelines[2].Geometry);

        var row = Report.Row(ReportKeys.NaturalShorelineRatio);
        Assert.Equal(sandy / (sandy + artificial), row.ValueSi!.Value, 12);
        Assert.Equal(sandy, row.NumeratorMeters!.Value, 9);
        Assert.Equal(sandy + artificial, row.DenominatorMeters!.Value, 9);

        var coast = row.Breakdowns.Single(b => b.Dimension == "coast");
        var islandItem = coast.Items.Single(i => i.Code == "island");
        Assert.Equal(1.0, islandItem.ValueSi);
        Assert.Equal(island, islandItem.DenominatorMeters!.Value, 9);
        Assert.Equal(row.ValueSi, coast.Items.Single(i => i.Code == "mainland").ValueSi);

        var byClass = row.Breakdowns.Single(b => b.Dimension == "class");
        Assert.Equal(["sandy", "artificial"], byClass.Items.Select(i => i.Code));
        Assert.Equal(sandy + artificial, byClass.Items.Sum(i => i.ValueSi!.Value), 9);
    }

    [Fact]
    public void BankRatioIsBrokenDownByZone()
    {
        var inputs = Project();
        double left = GeodesicMeasure.LengthMeters(inputs.RiverBanks[0].Geometry);
        double right = GeodesicMeasure.LengthMeters(inputs.RiverBanks[1].Geometry);

        var row = Report.Row(ReportKeys.BankProtectionRatio);
        Assert.Equal(left / (left + right), row.ValueSi!.Value, 12);
        Assert.Equal(["protection", "development"], row.Breakdowns.Single().Items.Select(i => i.Code));
        Assert.Equal("岸线保护区", row.Breakdowns.Single().Items[0].LabelZh);
    }

    [Fact]
    public void TheBayShareCountsMainlandCoastInBuiltBaysAndListsEachBay()
    {
        var inputs = Project();
        double inBay = GeodesicMeasure.LengthMeters(inputs.Shorelines[0].Geometry);
        double outside = GeodesicMeasure.LengthMeters(inputs.Shorelines[1].Geometry);

        var row = Report.Row(ReportKeys.BeautifulBayShare);
        Assert.Equal("41", row.Row);
        Assert.Equal(inBay / (inBay + outside), row.ValueSi!.Value, 12);
        var bay = Assert.Single(row.Breakdowns.Single().Items);
        Assert.Equal("bay-1", bay.Code);
        Assert.Equal(inBay, bay.ValueSi!.Value, 9);
        Assert.Contains("counted", bay.LabelEn);

        var candidate = IndicatorReportBuilder.Build(inputs, With(SettingCatalog.BayCountedStatuses, "demonstration"));
        Assert.Equal(0, candidate.Row(ReportKeys.BeautifulBayShare).ValueSi);
    }
}
