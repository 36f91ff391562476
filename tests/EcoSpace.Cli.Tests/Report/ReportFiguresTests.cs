using EcoSpace.Cli.Tests.Support;
using System.Globalization;
using System.Text.Json.Nodes;

namespace EcoSpace.Cli.Tests.Report;

/// <summary>The report of the sample project against figures computed outside EcoSpace (<see cref="SampleFigures"/>).</summary>
public class ReportFiguresTests
{
    private const double AreaRelative = 1e-6;
    private const double RatioAbsolute = 1e-9;
    private const double LengthMeters = 0.001; // DOMAIN.md §5: within 1 mm of the pyproj oracle

    private static double D(JsonNode? node) => node!.GetValue<double>();

    private static void Relative(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R}");

    [Fact]
    public void ReportAreasMatchThePyprojFigures()
    {
        using var project = new SampleProject();
        var report = project.Json();

        var redLine = ReportRuns.Row(report, "red_line_area");
        Relative(SampleFigures.RedLineTotalSquareMeters, D(redLine["value_m2"]), AreaRelative, "red line m²");
        Relative(SampleFigures.RedLineTotalHectares, D(redLine["value"]), AreaRelative, "red line ha");
        Assert.Equal("ha", redLine["unit"]!.GetValue<string>());
        var domains = redLine["breakdowns"]!.AsArray().Single(b => b!["dimension"]!.GetValue<string>() == "domain")!["items"]!.AsArray();
        foreach (var item in domains)
        {
            string domain = item!["code"]!.GetValue<string>();
            double expected = SampleFigures.RedLinesByDomain[domain].Sum(id => SampleFigures.RedLineSquareMeters[id]);
            Relative(expected, D(item["value_m2"]), AreaRelative, $"red line {domain}");
        }

        var protectedArea = ReportRuns.Row(report, "protected_area");
        Relative(SampleFigures.ProtectedAreaTotalSquareMeters, D(protectedArea["value_m2"]), AreaRelative, "protected area m²");
        Relative(SampleFigures.ProtectedAreaTotalHectares, D(protectedArea["value"]), AreaRelative, "protected area ha");

        var wetland = ReportRuns.Row(report, "restored_wetland");
        Relative(SampleFigures.WetlandRestorationSquareMeters, D(wetland["value_m2"]), AreaRelative, "wetland restored m²");
    }

    [Fact]
    public void ReportLengthsAndRatiosMatchThePyprojFigures()
    {
        using var project = new SampleProject();
        var report = project.Json();

        var restored = ReportRuns.Row(report, "restored_shoreline");
        Assert.Equal(SampleFigures.ShorelineRestorationMeters, D(restored["value_m"]), LengthMeters);
        Assert.Equal(SampleFigures.ShorelineRestorationMeters / 1000, D(restored["value"]), LengthMeters / 1000);
        Assert.Equal("km", restored["unit"]!.GetValue<string>());

        var natural = ReportRuns.Row(report, "natural_shoreline_ratio");
        Assert.Equal(SampleFigures.NaturalRatio, D(natural["ratio"]), RatioAbsolute);
        Assert.Equal(SampleFigures.NaturalRatio * 100, D(natural["value"]), RatioAbsolute * 100);
        Assert.Equal("%", natural["unit"]!.GetValue<string>());
        Assert.Equal(SampleFigures.NaturalNumeratorMeters, D(natural["numerator_m"]), LengthMeters);
        Assert.Equal(SampleFigures.MainlandMeters, D(natural["denominator_m"]), LengthMeters);
        var island = natural["breakdowns"]!.AsArray().Single(b => b!["dimension"]!.GetValue<string>() == "coast")!["items"]!.AsArray()
            .Single(i => i!["code"]!.GetValue<string>() == "island")!;
        Assert.Equal(SampleFigures.IslandMeters, D(island["denominator_m"]), LengthMeters);

        var bank = ReportRuns.Row(report, "bank_protection_ratio");
        Assert.Equal(SampleFigures.BankRatio, D(bank["ratio"]), RatioAbsolute);
        Assert.Equal(SampleFigures.BankNumeratorMeters, D(bank["numerator_m"]), LengthMeters);
        Assert.Equal(SampleFigures.BankDenominatorMeters, D(bank["denominator_m"]), LengthMeters);

        var bay = ReportRuns.Row(report, "beautiful_bay_share");
        Assert.Equal("41", bay["row"]!.GetValue<string>());
        Assert.Equal(SampleFigures.BeautifulBayShare, D(bay["ratio"]), RatioAbsolute);
        Assert.Equal(2, bay["breakdowns"]![0]!["items"]!.AsArray().Count);
    }

    [Fact]
    public void TheSampleMeetsTheTargetsTheSeedsSay()
    {
        using var project = new SampleProject();
        var report = project.Json();
        string Status(string key) => ReportRuns.Row(report, key)["status"]!.GetValue<string>();

        Assert.Equal("no_target", Status("restored_shoreline"));
        Assert.Equal("no_target", Status("restored_wetland"));
        Assert.Equal("not_met", Status("red_line_area"));          // 187 634 ha < 189 320 ha
        Assert.Equal("met", Status("protected_area"));             // 72 284 ha ≥ 71 355.97 ha
        Assert.Equal("met", Status("natural_shoreline_ratio"));    // 35.40 % ≥ 35 %
        Assert.Equal("not_met", Status("bank_protection_ratio"));  // 47.64 % < 74.63 %
        Assert.Equal("not_met", Status("beautiful_bay_share"));    // 0 % < 44.7 %

        var target = ReportRuns.Row(report, "red_line_area")["target"]!;
        Assert.Equal(189320, D(target["value"]));
        Assert.Equal(1_893_200_000, D(target["value_m2"]));
        Assert.Equal("at_least", target["comparison"]!.GetValue<string>());
        Assert.Equal("target.red_line_area_ha", target["setting"]!.GetValue<string>());
        Assert.Contains("seeds/000:356", target["source"]!.GetValue<string>());
        Assert.Equal(0.35, D(ReportRuns.Row(report, "natural_shoreline_ratio")["target"]!["ratio"]));
        Assert.Null(ReportRuns.Row(report, "restored_wetland")["target"]);
    }

    [Fact]
    public void TheJsonHeaderNamesTheDataVersionTimeEllipsoidAndAsOfDate()
    {
        using var project = new SampleProject();
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = project.Json();
        var after = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.True(report["data_version"]!.GetValue<long>() > 0);
        Assert.Equal("GRS80", report["ellipsoid"]!.GetValue<string>());
        var asOf = DateOnly.ParseExact(report["as_of"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.InRange(asOf, before, after);
        Assert.EndsWith("Z", report["computed_at"]!.GetValue<string>());
        Assert.Equal(["13", "13", "17", "17", "18", "19", "41"], report["rows"]!.AsArray().Select(r => r!["row"]!.GetValue<string>()));
        foreach (var row in report["rows"]!.AsArray())
        {
            Assert.False(string.IsNullOrEmpty(row!["label_zh"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(row["label_en"]!.GetValue<string>()));
        }
    }
}
