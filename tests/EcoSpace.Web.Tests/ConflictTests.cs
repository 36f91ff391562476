using System.Net;
using EcoSpace.Cli.Tests.Conflicts;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

public sealed class ConflictTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task TheSamplesSevenConflictsAreListedWithTheirSharedGeometry()
    {
        using var app = new EcoSpaceApp(database);
        var conflicts = await app.GetJson("/api/conflicts");
        Assert.Equal("FeatureCollection", conflicts["type"]!.GetValue<string>());
        var features = conflicts["features"]!.AsArray();
        Assert.Equal(SampleConflicts.All.Count, features.Count);
        foreach (var expected in SampleConflicts.All)
        {
            var found = features.Single(f => f!["properties"]!["rule"]!.GetValue<string>() == expected.Rule
                && f["properties"]!["ids"]![0]!.GetValue<string>() == expected.A && f["properties"]!["ids"]![1]!.GetValue<string>() == expected.B)!;
            var properties = found["properties"]!;
            Assert.Equal(expected.Severity, properties["severity"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(properties["label_zh"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(properties["label_en"]!.GetValue<string>()));
            Assert.Equal(2, properties["kinds"]!.AsArray().Count);
            if (expected.AreaSquareMeters is { } area)
                Assert.Equal(area, properties["area_m2"]!.GetValue<double>(), area * 1e-6);
            if (expected.LengthMeters is { } length)
                Assert.Equal(length, properties["length_m"]!.GetValue<double>(), 0.01);
            Assert.NotNull(found["geometry"]!["coordinates"]);
        }
        Assert.NotEmpty(conflicts["summary"]!.AsArray());
    }

    [Fact]
    public async Task ARuleFilterKeepsThatRuleOnly()
    {
        using var app = new EcoSpaceApp(database);
        var features = (await app.GetJson("/api/conflicts?rule=bank_zone_violated"))["features"]!.AsArray();
        Assert.Equal(2, features.Count);
        Assert.All(features, f => Assert.Equal("bank_zone_violated", f!["properties"]!["rule"]!.GetValue<string>()));
        using var unknown = await app.Client.GetAsync("/api/conflicts?rule=everything");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("shoreline_occupied", (await EcoSpaceApp.Json(unknown))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFeaturesConflictsAreItsOwnAndFollowItsEdits()
    {
        using var app = new EcoSpaceApp(database);
        var mining = (await app.GetJson("/api/conflicts/development/development-mining-yuntaishan"))["features"]!.AsArray();
        Assert.Equal(["development_in_red_line", "development_in_protected_area"],
            mining.Select(f => f!["properties"]!["rule"]!.GetValue<string>()));

        // Move the port off the natural coast: its shoreline conflict goes.
        using var moved = await app.Send(HttpMethod.Patch, "/collections/development/items/development-port-ganyu",
            """{"geometry":{"type":"Polygon","coordinates":[[[119.0,34.3],[119.01,34.3],[119.01,34.31],[119.0,34.31],[119.0,34.3]]]}}""",
            "application/merge-patch+json");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Empty((await app.GetJson("/api/conflicts/development/development-port-ganyu"))["features"]!.AsArray());
        Assert.Equal(SampleConflicts.All.Count - 1, (await app.GetJson("/api/conflicts"))["features"]!.AsArray().Count);
    }

    public void Dispose() => database.Dispose();
}
