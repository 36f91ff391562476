using EcoSpace.Core.Validation;
using EcoSpace.Data.Import;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

/// <summary>
/// AllowInvalidGeometry lets in features whose only errors are OGC validity errors, each with a
/// warning naming the feature and where; every other rule, and all or nothing, stay as they are.
/// </summary>
public sealed class AllowInvalidImportTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    // A bow tie: the edges cross at (119.35, 34.65).
    private const string BowTie = "POLYGON ((119.3 34.6, 119.4 34.7, 119.4 34.6, 119.3 34.7, 119.3 34.6))";
    private const string RedLineProperties = """{"domain":"land","function":"biodiversity"}""";

    private static Core.Features.EcoFeature BowTieRedLine(string id, string properties = RedLineProperties) =>
        TestFeatures.Feature("red_line", id, BowTie, properties);

    [Fact]
    public void ABowTieIsRefusedByDefaultWithItsLocation()
    {
        using var store = temp.Create();

        var result = store.Import("red_line", TestFeatures.Candidates(TestFeatures.RedLine("ok", 1), BowTieRedLine("bow")));

        Assert.False(result.Committed);
        var error = Assert.Single(result.Errors);
        Assert.Equal("feature #1 (id \"bow\", line 2)", error.Where);
        Assert.Equal(IssueCodes.GeometryInvalid, error.Issue.Code);
        Assert.Equal((119.35, 34.65), (Math.Round(error.Issue.Location!.X, 9), Math.Round(error.Issue.Location.Y, 9)));
        Assert.Empty(store.ReadAll("red_line"));
    }

    [Fact]
    public void WithAllowInvalidGeometryABowTieIsStoredAsItIsWithAWarningNamingItAndWhere()
    {
        using var store = temp.Create();

        var result = store.Import("red_line", TestFeatures.Candidates(TestFeatures.RedLine("ok", 1), BowTieRedLine("bow")),
            new ImportOptions { AllowInvalidGeometry = true });

        Assert.True(result.Committed);
        Assert.Equal((2, 0), (result.Inserted, result.ErrorCount));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("feature #1 (id \"bow\", line 2)", warning.Where);
        Assert.Equal(IssueSeverity.Warning, warning.Issue.Severity);
        Assert.Equal(IssueCodes.GeometryInvalid, warning.Issue.Code);
        Assert.Contains("Self-intersection", warning.Issue.Message);
        Assert.Equal((119.35, 34.65), (Math.Round(warning.Issue.Location!.X, 9), Math.Round(warning.Issue.Location.Y, 9)));

        var stored = store.ReadAll("red_line").Single(f => f.Feature.Id == "bow").Feature.Geometry;
        Assert.False(stored.IsValid);
        // The store keeps polygons as MultiPolygons: the same single ring, not repaired.
        Assert.Equal(1, stored.NumGeometries);
        Assert.True(stored.GetGeometryN(0).EqualsExact(BowTieRedLine("bow").Geometry), stored.AsText());
    }

    [Fact]
    public void AllowInvalidGeometryStillRefusesEveryOtherError()
    {
        using var store = temp.Create();

        var result = store.Import("red_line", TestFeatures.Candidates(
                BowTieRedLine("bad-code", """{"domain":"land","function":"parking"}"""),
                TestFeatures.Feature("red_line", "swapped", "POLYGON ((34.6 119.3, 34.7 119.3, 34.7 119.4, 34.6 119.3))", RedLineProperties),
                TestFeatures.Feature("red_line", "line", "LINESTRING (119.3 34.6, 119.4 34.7)", RedLineProperties),
                TestFeatures.RedLine("ok", 1)),
            new ImportOptions { AllowInvalidGeometry = true });

        Assert.False(result.Committed);
        Assert.Equal(
            [(0, IssueCodes.PropertyCode), (1, IssueCodes.CoordinateRange), (2, IssueCodes.GeometryType)],
            result.Errors.Select(e => (e.Index, e.Issue.Code)));
        Assert.Empty(store.ReadAll("red_line"));
    }

    [Fact]
    public void AllowInvalidGeometryWithSkipInvalidStoresTheBowTieAndSkipsTheRest()
    {
        using var store = temp.Create();

        var result = store.Import("red_line", TestFeatures.Candidates(
                BowTieRedLine("bow"), BowTieRedLine("bad-code", """{"domain":"land","function":"parking"}""")),
            new ImportOptions { AllowInvalidGeometry = true, SkipInvalid = true });

        Assert.True(result.Committed);
        Assert.Equal(["bow"], store.ReadAll("red_line").Select(f => f.Feature.Id));
        Assert.Equal("bad-code", Assert.Single(result.SkippedFeatures).Id);
    }
}
