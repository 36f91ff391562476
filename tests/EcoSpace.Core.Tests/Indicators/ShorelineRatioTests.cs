using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Settings;
using static EcoSpace.Core.Tests.Indicators.RatioFeatures;

namespace EcoSpace.Core.Tests.Indicators;

/// <summary>
/// The natural shoreline retention ratio of DOMAIN.md §3 on hand-made segments. Expected lengths are
/// pyproj's (PROJ's Karney geodesics) on GRS80, made with
/// <c>pyproj.Geod(a=6378137.0, f=1/298.257222101).line_length(lons, lats)</c>:
/// (119.0 34.6)-(119.1 34.6) = 9173.017457173584 m; (119.0 34.6)-(119.0 34.7) = 11093.41804612458 m;
/// (120 34)-(120 34.5) = 55463.45613869083 m; (120 34.5)-(120 35) = 55468.00338228321 m.
/// </summary>
public class ShorelineRatioTests
{
    private const double EastWest = 9173.017457173584;
    private const double NorthSouth = 11093.41804612458;
    private const double SouthHalf = 55463.45613869083;
    private const double NorthHalf = 55468.00338228321;
    private const double Millimetre = 1e-3;

    private static EcoFeature Shore(string wkt, string json) => Segment("shoreline", wkt, json);

    private static EcoFeature EastWestSegment(string json) => Shore("LINESTRING (119.0 34.6, 119.1 34.6)", json);

    private static EcoFeature NorthSouthSegment(string json) => Shore("LINESTRING (119.0 34.6, 119.0 34.7)", json);

    [Fact]
    public void NaturalClassesOverAllMainlandSegments()
    {
        var result = ShorelineRatio.Compute(Inputs([
            EastWestSegment("""{"class":"sandy","mainland":true}"""),
            NorthSouthSegment("""{"class":"artificial","mainland":true}"""),
        ]), IndicatorSettings.Defaults);

        Assert.Equal(EastWest, result.NumeratorMeters, Millimetre);
        Assert.Equal(EastWest + NorthSouth, result.DenominatorMeters, Millimetre);
        Assert.Equal(EastWest / (EastWest + NorthSouth), result.Ratio!.Value, 1e-12);
        Assert.Equal(["bedrock", "sandy", "muddy", "biological", "restored"], result.Classes.Numerator);
        Assert.Equal(["*"], result.Classes.Denominator);
        Assert.Equal("GRS80", result.Ellipsoid);
        Assert.Equal(7, result.Provenance.DataVersion);
    }

    [Fact]
    public void EstuaryCountsInTheDenominatorOnlyByDefault()
    {
        var result = ShorelineRatio.Compute(Inputs([
            EastWestSegment("""{"class":"estuary","mainland":true}"""),
            NorthSouthSegment("""{"class":"restored","mainland":true}"""),
        ]), IndicatorSettings.Defaults);

        Assert.Equal(NorthSouth, result.NumeratorMeters, Millimetre);
        Assert.Equal(EastWest + NorthSouth, result.DenominatorMeters, Millimetre);
    }

    [Fact]
    public void IslandCoastIsReportedSeparatelyAndNotMixedIn()
    {
        var result = ShorelineRatio.Compute(Inputs([
            EastWestSegment("""{"class":"artificial","mainland":true}"""),
            NorthSouthSegment("""{"class":"bedrock","mainland":false}"""),
        ]), IndicatorSettings.Defaults);

        Assert.Equal(0, result.Ratio);
        Assert.Equal(EastWest, result.DenominatorMeters, Millimetre);
        Assert.Equal(NorthSouth, result.Islands!.DenominatorMeters, Millimetre);
        Assert.Equal(1, result.Islands.Ratio);
        Assert.Equal(1, result.Islands.Segments);
    }

    [Fact]
    public void ClassSetsAreSettingsAndTheResultSaysWhichItUsed()
    {
        var settings = IndicatorSettings.From(new Dictionary<string, string>
        {
            [SettingCatalog.ShorelineNaturalClasses] = "bedrock,sandy,muddy,biological,restored,estuary",
            [SettingCatalog.ShorelineDenominatorClasses] = "bedrock,sandy,estuary",
        });
        var result = ShorelineRatio.Compute(Inputs([
            EastWestSegment("""{"class":"estuary","mainland":true}"""),
            NorthSouthSegment("""{"class":"artificial","mainland":true}"""),
        ]), settings);

        Assert.Equal(1, result.Ratio);
        Assert.Equal(EastWest, result.DenominatorMeters, Millimetre);
        Assert.Contains("estuary", result.Classes.Numerator);
        Assert.Equal(["bedrock", "sandy", "estuary"], result.Classes.Denominator);
    }

    [Fact]
    public void ASegmentWithoutMainlandCountsAsMainlandWithAWarning()
    {
        var result = ShorelineRatio.Compute(Inputs([EastWestSegment("""{"class":"sandy"}""")]), IndicatorSettings.Defaults);

        Assert.Equal(EastWest, result.DenominatorMeters, Millimetre);
        Assert.Contains(result.Warnings, w => w.Contains("'mainland'"));
    }

    [Fact]
    public void AnUnclassifiedSegmentCountsInTheDenominatorOnlyAndIsNamedInAWarning()
    {
        var result = ShorelineRatio.Compute(Inputs([
            EastWestSegment("""{"class":"sandy","mainland":true}"""),
            NorthSouthSegment("""{"mainland":true}"""),
        ]), IndicatorSettings.Defaults);

        Assert.Equal(EastWest + NorthSouth, result.DenominatorMeters, Millimetre);
        Assert.Contains(result.Warnings, w => w.Contains("no class"));
    }

    [Fact]
    public void NoSegmentsGiveNoRatioRatherThanZeroOrNaN()
    {
        var result = ShorelineRatio.Compute(Inputs([]), IndicatorSettings.Defaults);
        Assert.Null(result.Ratio);
        Assert.Equal(0, result.DenominatorMeters);
    }

    [Fact]
    public void GroupsByClassAddUpToTheTotal()
    {
        var result = ShorelineRatio.Compute(Inputs([
            EastWestSegment("""{"class":"sandy","mainland":true}"""),
            NorthSouthSegment("""{"class":"artificial","mainland":true}"""),
            Shore("LINESTRING (119.0 34.7, 119.1 34.7)", """{"class":"sandy","mainland":true}"""),
        ]), IndicatorSettings.Defaults, RatioGrouping.Class);

        Assert.Equal(["sandy", "artificial"], result.Groups.Select(g => g.Key));
        Assert.Equal("砂质岸线", result.Groups[0].Label);
        Assert.Equal(2, result.Groups[0].Pieces);
        Assert.Equal(result.DenominatorMeters, result.Groups.Sum(g => g.DenominatorMeters), 1e-9);
        Assert.Equal(result.NumeratorMeters, result.Groups.Sum(g => g.NumeratorMeters), 1e-9);
    }

    [Fact]
    public void ByRegionCutsASegmentAtTheRegionBoundary()
    {
        // One meridian segment from 34° to 35° N; region 320703 holds the south half, 320707 the north.
        var regions = new[]
        {
            Polygon("admin_region", "admin_region-north", "POLYGON ((119 34.5, 121 34.5, 121 36, 119 36, 119 34.5))", """{"code":"320707","name":"赣榆区","level":"county"}"""),
            Polygon("admin_region", "admin_region-south", "POLYGON ((119 33, 121 33, 121 34.5, 119 34.5, 119 33))", """{"code":"320703","name":"连云区","level":"county"}"""),
        };
        var result = ShorelineRatio.Compute(Inputs([Shore("LINESTRING (120 34, 120 35)", """{"class":"muddy","mainland":true}""")], regions),
            IndicatorSettings.Defaults, RatioGrouping.Region);

        Assert.Equal(["320703", "320707"], result.Groups.Select(g => g.Key));
        Assert.Equal(["连云区", "赣榆区"], result.Groups.Select(g => g.Label));
        Assert.Equal(SouthHalf, result.Groups[0].DenominatorMeters, Millimetre);
        Assert.Equal(NorthHalf, result.Groups[1].DenominatorMeters, Millimetre);
        Assert.Equal(SouthHalf + NorthHalf, result.DenominatorMeters, Millimetre);
    }

    [Fact]
    public void CoastOutsideEveryRegionIsItsOwnGroupWithoutAKey()
    {
        var regions = new[] { Polygon("admin_region", "r", "POLYGON ((119 33, 121 33, 121 34.5, 119 34.5, 119 33))", """{"code":"320703"}""") };
        var result = ShorelineRatio.Compute(Inputs([Shore("LINESTRING (120 34, 120 35)", """{"class":"muddy","mainland":true}""")], regions),
            IndicatorSettings.Defaults, RatioGrouping.Region);

        Assert.Equal(["320703", null], result.Groups.Select(g => g.Key));
        Assert.Equal(NorthHalf, result.Groups[1].DenominatorMeters, Millimetre);
    }

    [Fact]
    public void OverlappingRegionsNeverCountAMetreTwice()
    {
        var regions = new[]
        {
            Polygon("admin_region", "a", "POLYGON ((119 33, 121 33, 121 34.5, 119 34.5, 119 33))", """{"code":"320703","level":"county"}"""),
            Polygon("admin_region", "b", "POLYGON ((119 33, 121 33, 121 36, 119 36, 119 33))", """{"code":"320707","level":"county"}"""),
        };
        var result = ShorelineRatio.Compute(Inputs([Shore("LINESTRING (120 34, 120 35)", """{"class":"muddy","mainland":true}""")], regions),
            IndicatorSettings.Defaults, RatioGrouping.Region);

        Assert.Equal(SouthHalf + NorthHalf, result.Groups.Sum(g => g.DenominatorMeters), Millimetre);
    }

    [Fact]
    public void WithoutAnAdminRegionLayerRegionGroupsComeFromTheRegionProperty()
    {
        var result = ShorelineRatio.Compute(Inputs([
            EastWestSegment("""{"class":"sandy","mainland":true,"region":"320707"}"""),
            NorthSouthSegment("""{"class":"artificial","mainland":true,"region":"320703"}"""),
        ]), IndicatorSettings.Defaults, RatioGrouping.Region);

        Assert.Equal(["320703", "320707"], result.Groups.Select(g => g.Key));
        Assert.Contains(result.Warnings, w => w.Contains("'region' property"));
    }

    [Fact]
    public void BayShareCountsMainlandCoastInBuiltBaysOnly()
    {
        var bays = new[]
        {
            Polygon("bay", "bay-south", "POLYGON ((119 33, 121 33, 121 34.5, 119 34.5, 119 33))", """{"name":"南湾","status":"built"}"""),
            Polygon("bay", "bay-north", "POLYGON ((119 34.5, 121 34.5, 121 36, 119 36, 119 34.5))", """{"name":"北湾","status":"candidate"}"""),
        };
        var result = ShorelineRatio.Compute(Inputs([Shore("LINESTRING (120 34, 120 35)", """{"class":"artificial","mainland":true}""")], bays: bays),
            IndicatorSettings.Defaults);

        var share = result.BayShare!;
        Assert.Equal(SouthHalf, share.NumeratorMeters, Millimetre);
        Assert.Equal(SouthHalf / (SouthHalf + NorthHalf), share.Share!.Value, 1e-9);
        Assert.Equal(["built"], share.CountedStatuses);
        Assert.Equal(NorthHalf, share.Bays.Single(b => b.Id == "bay-north").MainlandLengthMeters, Millimetre);
        Assert.False(share.Bays.Single(b => b.Id == "bay-north").Counted);
    }

    [Fact]
    public void GroupingByZoneIsNotAShorelineGrouping()
    {
        var error = Assert.Throws<ArgumentException>(() => ShorelineRatio.Compute(Inputs([]), IndicatorSettings.Defaults, RatioGrouping.Zone));
        Assert.Contains("region, class or bay", error.Message);
    }

    [Fact]
    public void OnWgs84TheSameCoastMeasuresDifferentlyAndTheResultSaysSo()
    {
        // pyproj: Geod(ellps='WGS84').line_length([120,120],[34,35]) = 110931.45952287868 m,
        // GRS80 110931.45952097396 m: 1.9 µm apart, so the ellipsoid must be recorded, not assumed.
        var segment = Shore("LINESTRING (120 34, 120 35)", """{"class":"sandy","mainland":true}""");
        var wgs84 = ShorelineRatio.Compute(Inputs([segment]), IndicatorSettings.Defaults with { Ellipsoid = EcoSpace.Core.Geodesy.Ellipsoid.Wgs84 });
        Assert.Equal("WGS84", wgs84.Ellipsoid);
        Assert.Equal(110931.45952287868, wgs84.DenominatorMeters, 5e-7);
        Assert.Equal(110931.45952097396, ShorelineRatio.Compute(Inputs([segment]), IndicatorSettings.Defaults).DenominatorMeters, 5e-7);
    }

    [Fact]
    public void GroupsAddUpToTheTotalEvenWhenALongEdgeIsCut()
    {
        // One 1° edge cut at 119.5° E: the cut point lies on the lon/lat chord, not on the geodesic, so
        // the two pieces measured alone are centimetres longer than the edge. Groups share the edge's
        // own length instead.
        var regions = new[]
        {
            Polygon("admin_region", "w", "POLYGON ((118 30, 119.5 30, 119.5 40, 118 40, 118 30))", """{"code":"320703","level":"county"}"""),
            Polygon("admin_region", "e", "POLYGON ((119.5 30, 121 30, 121 40, 119.5 40, 119.5 30))", """{"code":"320707","level":"county"}"""),
        };
        var result = ShorelineRatio.Compute(Inputs([Shore("LINESTRING (119 34, 120 35)", """{"class":"sandy","mainland":true}""")], regions),
            IndicatorSettings.Defaults, RatioGrouping.Region);

        Assert.Equal(2, result.Groups.Count);
        Assert.Equal(result.DenominatorMeters, result.Groups.Sum(g => g.DenominatorMeters), 1e-6);
        Assert.Equal(result.NumeratorMeters, result.Groups.Sum(g => g.NumeratorMeters), 1e-6);
    }

    [Fact]
    public void OverlappingBaysGiveTheSameLengthsInTheGroupsAndInTheBayShare()
    {
        var bays = new[]
        {
            Polygon("bay", "bay-a", "POLYGON ((119 33, 121 33, 121 34.5, 119 34.5, 119 33))", """{"name":"甲","status":"candidate"}"""),
            Polygon("bay", "bay-b", "POLYGON ((119 33, 121 33, 121 36, 119 36, 119 33))", """{"name":"乙","status":"built"}"""),
        };
        var result = ShorelineRatio.Compute(Inputs([Shore("LINESTRING (120 34, 120 35)", """{"class":"sandy","mainland":true}""")], bays: bays),
            IndicatorSettings.Defaults, RatioGrouping.Bay);

        foreach (var bay in result.BayShare!.Bays)
            Assert.Equal(bay.MainlandLengthMeters, result.Groups.SingleOrDefault(g => g.Key == bay.Id)?.DenominatorMeters ?? 0, 1e-9);
        // The built bay takes the overlap: all of the segment.
        Assert.Equal(SouthHalf + NorthHalf, result.BayShare.NumeratorMeters, Millimetre);
    }

    [Fact]
    public void ASegmentWithoutGeometryMeasuresZeroAndIsNamedInAWarning()
    {
        var empty = new EcoFeature("shoreline-null", "shoreline", Cgcs2000.Factory.CreateLineString(), System.Text.Json.Nodes.JsonNode.Parse("""{"class":"sandy","mainland":true}""")!.AsObject());
        var regions = new[] { Polygon("admin_region", "r", "POLYGON ((118 30, 121 30, 121 40, 118 40, 118 30))", """{"code":"320703"}""") };
        var result = ShorelineRatio.Compute(Inputs([empty, EastWestSegment("""{"class":"sandy","mainland":true}""")], regions),
            IndicatorSettings.Defaults, RatioGrouping.Region);

        Assert.Equal(EastWest, result.DenominatorMeters, Millimetre);
        Assert.Contains(result.Warnings, w => w.Contains("no geometry") && w.Contains("shoreline-null"));
    }

    [Fact]
    public void ARegionWithoutCodeIsKeyedByItsIdWithAWarning()
    {
        var regions = new[] { Polygon("admin_region", "admin_region-7", "POLYGON ((118 30, 121 30, 121 40, 118 40, 118 30))", """{"name":"某区"}""") };
        var result = ShorelineRatio.Compute(Inputs([EastWestSegment("""{"class":"sandy","mainland":true}""")], regions),
            IndicatorSettings.Defaults, RatioGrouping.Region);

        Assert.Equal("admin_region-7", result.Groups.Single().Key);
        Assert.Contains(result.Warnings, w => w.Contains("no code") && w.Contains("admin_region-7"));
    }

    [Fact]
    public void LengthsMeasuredWhileReadingAreUsedOnlyWhenOnTheSameEllipsoid()
    {
        var segments = new[] { EastWestSegment("""{"class":"sandy","mainland":true}""") };
        var onWgs84 = Inputs(segments) with { Lengths = new SegmentLengths(EcoSpace.Core.Geodesy.Ellipsoid.Wgs84, [1.0]) };
        Assert.Equal(EastWest, ShorelineRatio.Compute(onWgs84, IndicatorSettings.Defaults).DenominatorMeters, Millimetre);

        var measured = EcoSpace.Core.Geodesy.GeodesicMeasure.LengthsMeters([segments[0].Geometry]);
        var onGrs80 = Inputs(segments) with { Lengths = new SegmentLengths(EcoSpace.Core.Geodesy.Ellipsoid.Grs80, measured) };
        Assert.Equal(EastWest, ShorelineRatio.Compute(onGrs80, IndicatorSettings.Defaults).DenominatorMeters, Millimetre);
    }
}
