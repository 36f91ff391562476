using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Geodesy;
using static EcoSpace.Core.Tests.Conflicts.ConflictFeatures;

namespace EcoSpace.Core.Tests.Conflicts;

/// <summary>Which rule and severity a polygon overlap gets, by the kinds, the protected-area zone and the development type.</summary>
public class ZoneAndTypeRulesTests
{
    // A 0.01° square protected area with a development covering its east half.
    private static ConflictResult DevelopmentInZone(string zone) => ConflictCheck.Run(Inputs(
        Feature("protected_area", "pa", Box(119.00, 34.50, 119.01, 34.51), $$"""{"zone":"{{zone}}"}"""),
        Development("dev", "industrial", Box(119.005, 34.50, 119.02, 34.51))));

    [Theory]
    [InlineData("core", "critical")]
    [InlineData("core_area", "critical")]
    [InlineData("general", "high")]
    [InlineData("buffer", "high")]
    [InlineData("experimental", "high")]
    [InlineData("undivided", "high")]
    public void DevelopmentInAProtectedAreaIsCriticalInACoreZoneAndHighElsewhere(string zone, string severity)
    {
        var result = DevelopmentInZone(zone);

        Assert.Equal([$"development_in_protected_area dev pa {severity}"], Lines(result));
        double expected = GeodesicMeasure.AreaSquareMeters(Box(119.005, 34.50, 119.01, 34.51));
        Assert.Equal(expected, result.Conflicts[0].AreaSquareMeters!.Value, expected * 1e-9);
        Assert.Null(result.Conflicts[0].LengthMeters);
    }

    [Fact]
    public void AProtectedAreaWithoutAZoneRatesHighAndSaysSo()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("protected_area", "pa", Box(119.00, 34.50, 119.01, 34.51)),
            Development("dev", "industrial", Box(119.005, 34.50, 119.02, 34.51))));

        Assert.Equal(["development_in_protected_area dev pa high"], Lines(result));
        Assert.Contains(result.Warnings, w => w.Contains("protected_area without zone (pa)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("industrial")]
    [InlineData("construction")]
    [InlineData("port")]
    [InlineData("mining")]
    [InlineData("other")]
    public void DevelopmentOfAnyTypeButAnUrbanBoundaryInARedLineIsDevelopmentInRedLine(string devType)
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("red_line", "rl", Box(119.00, 34.50, 119.01, 34.51)),
            Development("dev", devType, Box(119.005, 34.505, 119.02, 34.52))));

        Assert.Equal(["development_in_red_line dev rl high"], Lines(result));
    }

    [Fact]
    public void AnUrbanBoundaryInARedLineIsAControlLinesOverlapReportedOnce()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("red_line", "rl", Box(119.00, 34.50, 119.01, 34.51)),
            Development("town", "urban_boundary", Box(119.005, 34.505, 119.02, 34.52))));

        Assert.Equal(["control_lines_overlap town rl high"], Lines(result));
    }

    [Fact]
    public void AnUrbanBoundaryInAProtectedAreaOrEcoSpaceIsStillDevelopmentThere()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("protected_area", "pa", Box(119.00, 34.50, 119.01, 34.51), """{"zone":"general"}"""),
            Feature("eco_space", "es", Box(119.00, 34.51, 119.01, 34.52)),
            Development("town", "urban_boundary", Box(119.005, 34.505, 119.02, 34.515))));

        Assert.Equal(["development_in_protected_area town pa high", "development_in_eco_space town es medium"], Lines(result));
    }

    [Fact]
    public void FarmlandInARedLineIsAControlLinesOverlap()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("red_line", "rl", Box(119.00, 34.50, 119.01, 34.51)),
            Feature("farmland", "fl", Box(119.009, 34.50, 119.02, 34.51)),
            Feature("farmland", "fl-apart", Box(119.03, 34.50, 119.04, 34.51))));

        Assert.Equal(["control_lines_overlap fl rl high"], Lines(result));
    }

    [Fact]
    public void DevelopmentInEcoSpaceIsMedium()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("eco_space", "es", Box(119.00, 34.50, 119.01, 34.51), """{"category":"重要湿地"}"""),
            Development("dev", "infrastructure", Box(119.005, 34.50, 119.02, 34.51))));

        Assert.Equal(["development_in_eco_space dev es medium"], Lines(result));
    }

    [Fact]
    public void PolygonsThatOnlyTouchAreNoConflictAndNoSliver()
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("red_line", "rl", Box(119.00, 34.50, 119.01, 34.51)),
            Development("dev", "industrial", Box(119.01, 34.50, 119.02, 34.51))));

        Assert.Empty(result.Conflicts);
        Assert.All(result.SliversDropped, s => Assert.Equal(0, s.Count));
    }
}
