using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Features;
using static EcoSpace.Core.Tests.Conflicts.ConflictFeatures;

namespace EcoSpace.Core.Tests.Conflicts;

/// <summary>The live panel's check of one edited feature gives what the full run gives for it.</summary>
public class ForFeatureTests
{
    // Every rule fires at least once; some features conflict twice, some never.
    private static readonly EcoFeature[] World =
    [
        Feature("red_line", "rl-1", Box(119.00, 34.50, 119.01, 34.51)),
        Feature("red_line", "rl-2", Box(119.03, 34.50, 119.04, 34.51)),
        Feature("protected_area", "pa-core", Box(119.00, 34.50, 119.005, 34.51), """{"zone":"core"}"""),
        Feature("protected_area", "pa-general", Box(119.005, 34.50, 119.01, 34.51), """{"zone":"general"}"""),
        Feature("eco_space", "es", Box(119.00, 34.51, 119.01, 34.52)),
        Feature("farmland", "fl", Box(119.035, 34.505, 119.05, 34.52)),
        Feature("shoreline", "coast-sandy", Line((119.00, 34.49), (119.05, 34.49)), """{"class":"sandy"}"""),
        Feature("shoreline", "coast-port", Line((119.05, 34.49), (119.08, 34.49)), """{"class":"artificial","use":"port"}"""),
        Feature("river_bank", "bank-protection", Line((119.02, 34.45), (119.02, 34.55)), """{"zone":"protection"}"""),
        Feature("river_bank", "bank-development", Line((119.025, 34.45), (119.025, 34.55)), """{"zone":"development"}"""),
        Development("dev-mine", "mining", Box(119.002, 34.502, 119.008, 34.515)),
        Development("dev-town", "urban_boundary", Box(119.015, 34.505, 119.032, 34.508)),
        Development("dev-port", "port", Box(119.04, 34.48, 119.06, 34.495)),
        Development("dev-apart", "industrial", Box(119.10, 34.60, 119.11, 34.61)),
    ];

    public static TheoryData<string> Ids => new(World.Select(f => f.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void AnEditedFeatureGetsTheConflictsTheFullRunFindsForIt(string id)
    {
        var inputs = Inputs(World);
        var full = ConflictCheck.Run(inputs);
        var edited = World.Single(f => f.Id == id);

        var mine = ConflictCheck.ForFeature(edited, inputs);

        var expected = full.Conflicts.Where(c => c.Involves(edited.Kind, edited.Id)).ToArray();
        Assert.Equal(expected.Select(Describe), mine.Conflicts.Select(Describe));
        Assert.Equal(expected.Select(c => c.Shared.Length), mine.Conflicts.Select(c => c.Shared.Length));
    }

    [Fact]
    public void TheWorldHasConflictsOfEveryRule()
    {
        var full = ConflictCheck.Run(Inputs(World));

        Assert.Equal(
        [
            "development_in_red_line dev-mine rl-1 high",
            "development_in_protected_area dev-mine pa-core critical",
            "development_in_protected_area dev-mine pa-general high",
            "development_in_eco_space dev-mine es medium",
            "control_lines_overlap dev-town rl-2 high",
            "control_lines_overlap fl rl-2 high",
            "shoreline_occupied dev-port coast-sandy high",
            "bank_zone_violated dev-town bank-protection high",
        ], Lines(full));
    }

    [Fact]
    public void AnEditedFeatureReplacesItsStoredState()
    {
        var moved = World.Single(f => f.Id == "rl-1") with { Geometry = Box(119.20, 34.50, 119.21, 34.51) };

        var result = ConflictCheck.ForFeature(moved, Inputs(World));

        Assert.Empty(result.Conflicts);
        Assert.Equal([ConflictCatalog.DevelopmentInRedLine, ConflictCatalog.ControlLinesOverlap], result.SliversDropped.Select(s => s.Rule));
    }

    [Fact]
    public void ANewFeatureIsCheckedAgainstEverything()
    {
        var drawn = Development("", "reclamation", Box(119.00, 34.485, 119.035, 34.505));

        var result = ConflictCheck.ForFeature(drawn, Inputs(World));

        Assert.Equal(
        [
            "development_in_red_line  rl-1 high",
            "development_in_red_line  rl-2 high",
            "development_in_protected_area  pa-core critical",
            "development_in_protected_area  pa-general high",
            "shoreline_occupied  coast-sandy high",
            "bank_zone_violated  bank-protection high",
        ], Lines(result));
    }

    [Fact]
    public void AFeatureNoRuleReadsHasNothingToCheck()
    {
        var bay = Feature("bay", "bay-1", Box(119.00, 34.45, 119.10, 34.55), """{"status":"built"}""");

        var result = ConflictCheck.ForFeature(bay, Inputs(World));

        Assert.Empty(result.Conflicts);
        Assert.Empty(result.Summary);
    }

    [Fact]
    public void AnArtificialSegmentIsNotCheckedForOccupation()
    {
        var result = ConflictCheck.ForFeature(World.Single(f => f.Id == "coast-port"), Inputs(World));

        Assert.Empty(result.Summary);
    }

    private static string Describe(Conflict c) => $"{c.Rule} {c.AId} {c.BId} {c.Severity} {c.AreaSquareMeters} {c.LengthMeters}";
}
