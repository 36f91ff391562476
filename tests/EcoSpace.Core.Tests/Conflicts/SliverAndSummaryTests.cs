using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Features;
using static EcoSpace.Core.Tests.Conflicts.ConflictFeatures;

namespace EcoSpace.Core.Tests.Conflicts;

/// <summary>Sliver tolerances, the order of the conflicts, the summary per rule and severity, the rule filter.</summary>
public class SliverAndSummaryTests
{
    // 1e-6° of longitude × 0.01° of latitude at 34.5° N: about 0.092 m × 1109 m ≈ 102 m².
    // 1e-6° × 1e-5°: about 0.1 m², under the 1 m² tolerance.
    private static readonly EcoFeature[] SliverWorld =
    [
        Feature("red_line", "rl", Box(119.00, 34.50, 119.01, 34.51)),
        Development("dev-strip", "industrial", Box(119.009999, 34.50, 119.02, 34.51)),
        Development("dev-corner", "industrial", Box(119.009999, 34.50999, 119.02, 34.52)),
    ];

    [Fact]
    public void AnOverlapUnderTheAreaToleranceIsDroppedAndCountedForItsRule()
    {
        var result = ConflictCheck.Run(Inputs(SliverWorld));

        Assert.Equal(["development_in_red_line dev-strip rl high"], Lines(result));
        Assert.InRange(result.Conflicts[0].AreaSquareMeters!.Value, 95, 110);
        Assert.Equal(1, result.SliversDropped.Single(s => s.Rule == ConflictCatalog.DevelopmentInRedLine).Count);
        Assert.All(result.SliversDropped.Where(s => s.Rule != ConflictCatalog.DevelopmentInRedLine), s => Assert.Equal(0, s.Count));
    }

    [Fact]
    public void TheToleranceIsAnOption()
    {
        var none = ConflictCheck.Run(Inputs(SliverWorld), new ConflictOptions { SliverAreaSquareMeters = 0 });
        var large = ConflictCheck.Run(Inputs(SliverWorld), new ConflictOptions { SliverAreaSquareMeters = 200 });

        Assert.Equal(["development_in_red_line dev-corner rl high", "development_in_red_line dev-strip rl high"], Lines(none));
        Assert.Empty(large.Conflicts);
        Assert.Equal(2, large.SliversDropped.Single(s => s.Rule == ConflictCatalog.DevelopmentInRedLine).Count);
    }

    [Fact]
    public void ConflictsAreOrderedByRuleInCatalogOrderThenByIds()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("red_line", "rl-b", Box(119.00, 34.50, 119.01, 34.51)),
            Feature("red_line", "rl-a", Box(119.00, 34.51, 119.01, 34.52)),
            Feature("eco_space", "es", Box(119.00, 34.52, 119.01, 34.53)),
            Feature("farmland", "fl", Box(118.99, 34.50, 119.001, 34.51)),
            Development("dev-z", "industrial", Box(119.005, 34.505, 119.02, 34.525)),
            Development("dev-a", "mining", Box(119.008, 34.50, 119.02, 34.51))));

        Assert.Equal(
        [
            "development_in_red_line dev-a rl-b high",
            "development_in_red_line dev-z rl-a high",
            "development_in_red_line dev-z rl-b high",
            "development_in_eco_space dev-z es medium",
            "control_lines_overlap fl rl-b high",
        ], Lines(result));
    }

    [Fact]
    public void TheSummaryHasARowPerRuleAndSeverityWithCountsAndTotals()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("red_line", "rl", Box(119.00, 34.50, 119.01, 34.51)),
            Feature("protected_area", "pa-core", Box(119.00, 34.50, 119.005, 34.51), """{"zone":"core"}"""),
            Development("dev-1", "industrial", Box(119.004, 34.50, 119.02, 34.505)),
            Development("dev-2", "industrial", Box(119.004, 34.505, 119.02, 34.51))));

        Assert.Equal(
        [
            "development_in_red_line high",
            "development_in_protected_area critical",
            "development_in_protected_area high",
            "development_in_eco_space medium",
            "control_lines_overlap high",
            "shoreline_occupied high",
            "bank_zone_violated high",
        ], result.Summary.Select(s => $"{s.Rule} {ConflictCatalog.Name(s.Severity)}"));
        var inRedLine = result.Summary[0];
        Assert.Equal(2, inRedLine.Count);
        Assert.Equal(result.Conflicts.Where(c => c.Rule == ConflictCatalog.DevelopmentInRedLine).Sum(c => c.AreaSquareMeters!.Value), inRedLine.AreaSquareMeters!.Value, 1e-6);
        Assert.Null(inRedLine.LengthMeters);
        Assert.Equal(2, result.Summary[1].Count);
        Assert.Equal(0, result.Summary[2].Count);
        Assert.Equal(0.0, result.Summary[5].LengthMeters);
        Assert.Equal(ConflictCatalog.Names, result.SliversDropped.Select(s => s.Rule));
        Assert.Equal(42, result.Provenance.DataVersion);
    }

    [Fact]
    public void OnlyTheRulesAskedForRunAndAreSummarised()
    {
        var options = new ConflictOptions { Rules = new HashSet<string> { ConflictCatalog.DevelopmentInEcoSpace } };
        var result = ConflictCheck.Run(Inputs(
            Feature("red_line", "rl", Box(119.00, 34.50, 119.01, 34.51)),
            Feature("eco_space", "es", Box(119.00, 34.51, 119.01, 34.52)),
            Development("dev", "industrial", Box(119.005, 34.505, 119.02, 34.515))), options);

        Assert.Equal(["development_in_eco_space dev es medium"], Lines(result));
        Assert.Equal([ConflictCatalog.DevelopmentInEcoSpace], result.Summary.Select(s => s.Rule));
        Assert.Equal([ConflictCatalog.DevelopmentInEcoSpace], result.SliversDropped.Select(s => s.Rule));
    }

    [Fact]
    public void AnUnknownRuleIsRefusedWithTheListOfRules()
    {
        var options = new ConflictOptions { Rules = new HashSet<string> { "development_in_forest" } };

        var error = Assert.Throws<ArgumentException>(() => ConflictCheck.Run(Inputs(), options));
        Assert.Contains("development_in_forest", error.Message, StringComparison.Ordinal);
        Assert.Contains("bank_zone_violated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRuleHasChineseAndEnglishLabelsAndASeverity()
    {
        Assert.Equal(6, ConflictCatalog.All.Count);
        Assert.Equal("开发建设占用生态保护红线", ConflictCatalog.Find(ConflictCatalog.DevelopmentInRedLine)!.Zh);
        Assert.All(ConflictCatalog.All, rule =>
        {
            Assert.NotEmpty(rule.Zh);
            Assert.NotEmpty(rule.En);
            Assert.NotEmpty(rule.Severities);
        });
        Assert.Equal([ConflictSeverity.Critical, ConflictSeverity.High], ConflictCatalog.Find(ConflictCatalog.DevelopmentInProtectedArea)!.Severities);
    }
}
