using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Report;
using EcoSpace.Core.Indicators.Settings;
using static EcoSpace.Core.Tests.Indicators.ReportFixtures;

namespace EcoSpace.Core.Tests.Indicators;

public class ReportRestorationTests
{
    private static readonly IReadOnlyList<Core.Features.EcoFeature> Works = Project().Restorations;

    private static double LengthOf(string id) => GeodesicMeasure.LengthMeters(Works.Single(w => w.Id == id).Geometry);

    [Fact]
    public void AsOfLeavesOutARestorationCompletedLater()
    {
        // rs-1 completed 2021-06-30, rs-2 2021-12-01, the wetland rs-3 2021-10-31.
        var report = IndicatorReportBuilder.Build(Project(), IndicatorSettings.Defaults, new DateOnly(2021, 11, 1));

        var shoreline = report.Row(ReportKeys.RestoredShoreline);
        Assert.Equal(LengthOf("rs-1"), shoreline.ValueSi);
        Assert.Equal(["rs-1"], shoreline.Breakdowns.Single().Items.Select(i => i.Code));
        Assert.Contains(shoreline.Notes, n => n.En.Contains("completed after 2021-11-01, not counted") && n.En.Contains("rs-2"));
        Assert.Equal(["rs-3"], report.Row(ReportKeys.RestoredWetland).Breakdowns.Single().Items.Select(i => i.Code));
    }

    [Fact]
    public void AWorkCompletedOnTheAsOfDateCounts()
    {
        var report = IndicatorReportBuilder.Build(Project(), IndicatorSettings.Defaults, new DateOnly(2021, 12, 1));

        var shoreline = report.Row(ReportKeys.RestoredShoreline);
        Assert.Equal(LengthOf("rs-1") + LengthOf("rs-2"), shoreline.ValueSi!.Value, 9);
        Assert.Equal(2, shoreline.Breakdowns.Single().Items.Count);
    }

    [Fact]
    public void AsOfDefaultsToTheUtcDateTheReportIsComputed()
    {
        // 2021-12-01 07:30 in Beijing is still 2021-11-30 in UTC: rs-2 (2021-12-01) is not counted yet.
        var provenance = new Provenance(1, new DateTimeOffset(2021, 12, 1, 7, 30, 0, TimeSpan.FromHours(8)));
        var report = IndicatorReportBuilder.Build(Project() with { Provenance = provenance }, IndicatorSettings.Defaults);

        Assert.Equal(new DateOnly(2021, 11, 30), report.AsOf);
        Assert.Equal(LengthOf("rs-1"), report.Row(ReportKeys.RestoredShoreline).ValueSi);
    }

    [Fact]
    public void AWorkWithoutACompletedDateIsNotCountedAndNamedInAWarning()
    {
        var inputs = Project() with
        {
            Restorations =
            [
                .. Works,
                Feature("rs-undated", "restoration", Line(119.30, 34.70, 119.31, 34.70), """{"name":"无日期岸线修复","target":"shoreline"}"""),
            ],
        };
        var report = IndicatorReportBuilder.Build(inputs, IndicatorSettings.Defaults, new DateOnly(2030, 1, 1));

        Assert.DoesNotContain(report.Row(ReportKeys.RestoredShoreline).Breakdowns.Single().Items, i => i.Code == "rs-undated");
        var warning = Assert.Single(report.Warnings, w => w.En.Contains("rs-undated"));
        Assert.Contains("无日期岸线修复", warning.Zh);
        Assert.Contains("no completed date", warning.En);
    }

    [Fact]
    public void AWetlandDrawnAsALineIsNotCountedAndNamedInAWarning()
    {
        var inputs = Project() with
        {
            Restorations = [Feature("rs-line", "restoration", Line(119.30, 34.70, 119.31, 34.70), """{"target":"wetland","completed":"2021-01-01"}""")],
        };
        var report = IndicatorReportBuilder.Build(inputs, IndicatorSettings.Defaults);

        Assert.Equal(0, report.Row(ReportKeys.RestoredWetland).ValueSi);
        Assert.Contains(report.Warnings, w => w.En.Contains("rs-line") && w.En.Contains("not drawn as a polygon"));
    }

    [Fact]
    public void WetlandAreaIsTheGeodesicAreaOfTheWorks()
    {
        var report = IndicatorReportBuilder.Build(Project(), IndicatorSettings.Defaults);

        var wetland = report.Row(ReportKeys.RestoredWetland);
        Assert.Equal(GeodesicMeasure.AreaSquareMeters(Works.Single(w => w.Id == "rs-3").Geometry), wetland.ValueSi);
        Assert.Equal(ReportQuantity.Area, wetland.Quantity);
        Assert.Equal(wetland.ValueSi / 10_000, wetland.DisplayValue);
    }
}
