using EcoSpace.Core.Validation;
using static EcoSpace.Core.Tests.Validation.FeatureBuilder;

namespace EcoSpace.Core.Tests.Validation;

public class GeometryValidationTests
{
    private const string LianyungangSquare = "POLYGON ((119.3 34.6, 119.4 34.6, 119.4 34.7, 119.3 34.7, 119.3 34.6))";

    [Fact]
    public void AValidRedLinePolygonHasNoIssues()
    {
        var issues = FeatureValidator.Validate(Feature("red_line", LianyungangSquare, """{"domain":"land","function":"biodiversity"}"""));
        Assert.Empty(issues);
    }

    [Fact]
    public void APolygonIsRefusedAsShoreline()
    {
        var issue = Assert.Single(FeatureValidator.Validate(Feature("shoreline", LianyungangSquare, """{"class":"sandy","mainland":true}""")));
        Assert.Equal(IssueCodes.GeometryType, issue.Code);
        Assert.Contains("LineString", issue.Message);
        Assert.Contains("shoreline", issue.Message);
    }

    [Fact]
    public void APointIsRefusedForEveryKind()
    {
        foreach (var kind in Core.Schema.KindCatalog.Names)
        {
            var issues = FeatureValidator.Validate(Feature(kind, "POINT (119.3 34.6)"));
            Assert.Contains(issues, i => i.IsError && i.Code == IssueCodes.GeometryType);
        }
    }

    [Fact]
    public void ASelfIntersectingPolygonIsInvalidWithItsLocation()
    {
        // A bow tie: the edges cross at (119.35, 34.65).
        var bowTie = "POLYGON ((119.3 34.6, 119.4 34.7, 119.4 34.6, 119.3 34.7, 119.3 34.6))";
        var issue = Assert.Single(FeatureValidator.Validate(Feature("red_line", bowTie)));
        Assert.Equal(IssueCodes.GeometryInvalid, issue.Code);
        Assert.Contains("Self-intersection", issue.Message);
        Assert.NotNull(issue.Location);
        Assert.Equal(119.35, issue.Location!.X, 9);
        Assert.Equal(34.65, issue.Location.Y, 9);
    }

    [Fact]
    public void SwappedLatitudeAndLongitudeAreRefusedWithAHint()
    {
        var swapped = "LINESTRING (34.6 119.3, 34.7 119.4)";
        var issue = Assert.Single(FeatureValidator.Validate(Feature("shoreline", swapped, """{"class":"sandy","mainland":true}""")));
        Assert.Equal(IssueCodes.CoordinateRange, issue.Code);
        Assert.Contains("swapped", issue.Message);
    }

    [Fact]
    public void SwappedCoordinatesWithinLatitudeRangeAreStillCaught()
    {
        // 35 E 80 N is a valid position, but x within China's latitudes and y within its longitudes is a swap.
        var swapped = "LINESTRING (35.0 80.0, 35.1 80.1)";
        var issue = Assert.Single(FeatureValidator.Validate(Feature("shoreline", swapped, """{"class":"sandy","mainland":true}""")));
        Assert.Equal(IssueCodes.CoordinateSwapped, issue.Code);
    }

    [Fact]
    public void ProjectedMetresWithoutACrsAreOutOfRange()
    {
        var metres = "LINESTRING (500000 3800000, 500100 3800100)";
        var issue = Assert.Single(FeatureValidator.Validate(Feature("shoreline", metres, """{"class":"sandy","mainland":true}""")));
        Assert.Equal(IssueCodes.CoordinateRange, issue.Code);
        Assert.NotNull(issue.Location);
    }

    [Fact]
    public void AnEmptyGeometryIsRefused()
    {
        var issue = Assert.Single(FeatureValidator.Validate(Feature("red_line", "POLYGON EMPTY")));
        Assert.Equal(IssueCodes.GeometryEmpty, issue.Code);
    }
}
