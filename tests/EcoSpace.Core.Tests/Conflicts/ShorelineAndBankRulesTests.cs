using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Settings;
using static EcoSpace.Core.Tests.Conflicts.ConflictFeatures;

namespace EcoSpace.Core.Tests.Conflicts;

/// <summary>
/// shoreline_occupied and bank_zone_violated: segments against development polygons, measured by
/// the length of the segment inside the polygon (as layers/tools/make_sample.py measures it).
/// </summary>
public class ShorelineAndBankRulesTests
{
    // A segment along 34.5° N from 119.00° to 119.02° E; the port covers 119.005-119.012 of it.
    private static readonly NetTopologySuite.Geometries.Geometry Coast = Line((119.00, 34.50), (119.02, 34.50));
    private static readonly NetTopologySuite.Geometries.Geometry Port = Box(119.005, 34.49, 119.012, 34.51);
    private static readonly double InsideMeters = GeodesicMeasure.LengthMeters(Line((119.005, 34.50), (119.012, 34.50)));

    private static ConflictResult CoastWith(string shorelineProperties, string devType, ConflictOptions? options = null) =>
        ConflictCheck.Run(Inputs(Feature("shoreline", "coast", Coast, shorelineProperties), Development("dev", devType, Port)), options);

    [Theory]
    [InlineData("bedrock")]
    [InlineData("sandy")]
    [InlineData("muddy")]
    [InlineData("biological")]
    [InlineData("restored")]
    public void APortOnNaturalCoastOccupiesTheLengthInsideIt(string naturalClass)
    {
        var result = CoastWith($$"""{"class":"{{naturalClass}}","mainland":true}""", "port");

        Assert.Equal(["shoreline_occupied dev coast high"], Lines(result));
        Assert.Equal(InsideMeters, result.Conflicts[0].LengthMeters!.Value, 1e-6);
        Assert.Null(result.Conflicts[0].AreaSquareMeters);
        Assert.Equal("LineString", result.Conflicts[0].Shared.GeometryType);
    }

    [Theory]
    [InlineData("artificial")]
    [InlineData("estuary")]
    public void APortOnArtificialOrEstuaryCoastIsNoConflict(string otherClass)
    {
        Assert.Empty(CoastWith($$"""{"class":"{{otherClass}}","use":"port"}""", "port").Conflicts);
    }

    [Theory]
    [InlineData("reclamation", true)]
    [InlineData("aquaculture", true)]
    [InlineData("port", true)]
    [InlineData("industrial", false)]
    [InlineData("urban_boundary", false)]
    public void OnlyReclamationPortsAndAquacultureOccupyCoast(string devType, bool occupies)
    {
        var result = CoastWith("""{"class":"sandy"}""", devType);

        Assert.Equal(occupies, result.Conflicts.Any(c => c.Rule == ConflictCatalog.ShorelineOccupied));
    }

    [Fact]
    public void IslandCoastIsOccupiedLikeMainlandCoast()
    {
        Assert.Single(CoastWith("""{"class":"bedrock","mainland":false}""", "aquaculture").Conflicts);
    }

    [Fact]
    public void TheNaturalClassesAreTheProjectsSetting()
    {
        var settings = IndicatorSettings.From(new Dictionary<string, string> { [SettingCatalog.ShorelineNaturalClasses] = "sandy,estuary" });
        var options = ConflictOptions.From(settings);

        Assert.Single(CoastWith("""{"class":"estuary"}""", "port", options).Conflicts);
        Assert.Empty(CoastWith("""{"class":"bedrock"}""", "port", options).Conflicts);
    }

    [Fact]
    public void ACoastPieceUnderTheLengthToleranceIsASliver()
    {
        // The port's corner clips 0.3 m of the coast (3.3e-6° of longitude ≈ 0.30 m at 34.5° N).
        var corner = Box(119.0099967, 34.49, 119.02, 34.50);
        var result = ConflictCheck.Run(Inputs(
            Feature("shoreline", "coast", Line((119.00, 34.5), (119.01, 34.5), (119.01, 34.51)), """{"class":"sandy"}"""),
            Development("dev", "port", corner)));

        Assert.Empty(result.Conflicts);
        Assert.Equal(1, result.SliversDropped.Single(s => s.Rule == ConflictCatalog.ShorelineOccupied).Count);
        Assert.Contains(result.Warnings, w => w.Contains("development dev comes within 0.5 m of natural shoreline coast", StringComparison.Ordinal));
    }

    [Fact]
    public void APortDrawnJustOffTheCoastIsANearMissWarningNotAConflict()
    {
        // The port's edge runs 0.2 m north of the coast (1.8e-6° of latitude), all along it.
        var alongside = Box(119.005, 34.5000018, 119.012, 34.51);
        var result = ConflictCheck.Run(Inputs(Feature("shoreline", "coast", Coast, """{"class":"muddy"}"""), Development("dev", "reclamation", alongside)));

        Assert.Empty(result.Conflicts);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("development dev comes within 0.5 m of natural shoreline coast (muddy)", warning, StringComparison.Ordinal);
        Assert.Contains("snap its edge", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void APortTwoMetresOffTheCoastIsNeitherConflictNorWarning()
    {
        var apart = Box(119.005, 34.500018, 119.012, 34.51);
        var result = ConflictCheck.Run(Inputs(Feature("shoreline", "coast", Coast, """{"class":"muddy"}"""), Development("dev", "reclamation", apart)));

        Assert.Empty(result.Conflicts);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void ACoastSegmentOnThePortsEdgeIsOccupied()
    {
        // 顺岸式: the reclamation's landward edge is the coast itself (snapped).
        var seaward = Box(119.005, 34.49, 119.012, 34.50);
        var result = ConflictCheck.Run(Inputs(Feature("shoreline", "coast", Coast, """{"class":"muddy"}"""), Development("dev", "reclamation", seaward)));

        Assert.Equal(InsideMeters, Assert.Single(result.Conflicts).LengthMeters!.Value, 1e-6);
    }

    [Fact]
    public void ASegmentWithoutAClassIsNotCheckedAndSaysSo()
    {
        var result = CoastWith("{}", "port");

        Assert.Empty(result.Conflicts);
        Assert.Contains(result.Warnings, w => w.Contains("shoreline without class (coast)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("protection", true)]
    [InlineData("reserve", true)]
    [InlineData("controlled", false)]
    [InlineData("development", false)]
    public void DevelopmentOnABankOfAProtectedZoneViolatesIt(string zone, bool violated)
    {
        var result = ConflictCheck.Run(Inputs(
            Feature("river_bank", "bank", Coast, $$"""{"river":"新沂河","side":"left","zone":"{{zone}}"}"""),
            Development("bridge", "infrastructure", Port)));

        if (violated)
        {
            Assert.Equal(["bank_zone_violated bridge bank high"], Lines(result));
            Assert.Equal(InsideMeters, result.Conflicts[0].LengthMeters!.Value, 1e-6);
        }
        else
        {
            Assert.Empty(result.Conflicts);
        }
    }

    [Fact]
    public void TheProtectedBankZonesAreTheProjectsSetting()
    {
        var settings = IndicatorSettings.From(new Dictionary<string, string> { [SettingCatalog.BankProtectedZones] = "protection" });
        var result = ConflictCheck.Run(Inputs(
            Feature("river_bank", "bank", Coast, """{"zone":"reserve"}"""),
            Development("bridge", "infrastructure", Port)), ConflictOptions.From(settings));

        Assert.Empty(result.Conflicts);
    }
}
