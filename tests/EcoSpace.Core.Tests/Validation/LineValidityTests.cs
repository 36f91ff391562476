using EcoSpace.Core.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;
using static EcoSpace.Core.Tests.Validation.FeatureBuilder;

namespace EcoSpace.Core.Tests.Validation;

/// <summary>
/// Lines are checked on their coordinate sequence instead of through IsValidOp (which copies every
/// vertex): the verdict, message and location must be IsValidOp's own.
/// </summary>
public class LineValidityTests
{
    [Theory]
    [InlineData("LINESTRING (119.3 34.6, 119.4 34.7)")]
    [InlineData("LINESTRING (119.3 34.6, 119.3 34.6)")]
    [InlineData("LINESTRING (119.3 34.6, 119.3 34.6, 119.3 34.6, 119.4 34.7)")]
    [InlineData("LINESTRING (119.3 34.6, 119.4 34.7, 119.3 34.6)")]
    [InlineData("LINESTRING (119.3 34.6, 119.4 34.7, 119.35 34.5, 119.35 34.8)")]
    public void ALineGetsIsValidOpsVerdict(string wkt)
    {
        // IsValidOp on an ordinary (array-backed) copy is the reference.
        var reference = new IsValidOp(new WKTReader().Read(wkt)).ValidationError;
        var issues = FeatureValidator.Validate(Feature("shoreline", wkt, """{"class":"sandy","mainland":true}"""));

        if (reference is null)
        {
            Assert.Empty(issues);
            return;
        }
        var issue = Assert.Single(issues);
        Assert.Equal(IssueCodes.GeometryInvalid, issue.Code);
        Assert.Equal($"invalid geometry: {reference.Message}", issue.Message);
        Assert.Equal(reference.Coordinate.X, issue.Location!.X);
        Assert.Equal(reference.Coordinate.Y, issue.Location.Y);
    }
}
