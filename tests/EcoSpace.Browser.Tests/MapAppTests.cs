using System.Text.Json;
using EcoSpace.Cli.Tests.Support;
using EcoSpace.Browser.Tests.Support;
using Microsoft.Playwright;
using NetTopologySuite.Geometries;
using static Microsoft.Playwright.Assertions;

namespace EcoSpace.Browser.Tests;

/// <summary>
/// The map app end to end (issue 5): the real server on its own copy of the sample project, the
/// real client in chromium. Each test starts its own server, so edits never leak between tests.
/// Screenshots: artifacts/screenshots/.
/// </summary>
public sealed class MapAppTests(Chromium browser) : IClassFixture<Chromium>
{
    [Fact(Timeout = 120_000)]
    public async Task OpensTheSampleWithItsRatiosAndConflictsInChinese()
    {
        await using var server = await EcospaceServer.StartAsync();
        var map = new MapPage(await browser.NewPageAsync("zh-CN"));

        await map.OpenAsync(server.BaseUri);

        Assert.Equal("zh", await map.Page.EvaluateAsync<string>("() => window.ecospace.lang()"));
        Assert.Equal(SampleFigures.NaturalRatio, await map.ValueAsync("ratio-shoreline"), 9);
        Assert.Equal(SampleFigures.BankRatio, await map.ValueAsync("ratio-banks"), 9);
        Assert.Equal(SampleFigures.RedLineTotalSquareMeters, await map.ValueAsync("area-red-line"), 0);
        await Expect(map.ById("ratio-shoreline-value")).ToContainTextAsync("35.40");
        await Expect(map.ById("conflict-count")).ToHaveAttributeAsync("data-count", "7");
        await Expect(map.ById("conflict-item")).ToHaveCountAsync(7);
        await Chromium.ScreenshotAsync(map.Page, "01-sample-zh");
    }

    [Fact(Timeout = 120_000)]
    public async Task SwitchesBetweenEnglishAndChinese()
    {
        await using var server = await EcospaceServer.StartAsync();
        var map = new MapPage(await browser.NewPageAsync("en-GB"));
        await map.OpenAsync(server.BaseUri);
        Assert.Equal("en", await map.Page.EvaluateAsync<string>("() => window.ecospace.lang()"));
        string english = await map.ById("indicators-panel").InnerTextAsync();

        await map.ById("lang-toggle").ClickAsync();

        Assert.Equal("zh", await map.Page.EvaluateAsync<string>("() => window.ecospace.lang()"));
        string chinese = await map.ById("indicators-panel").InnerTextAsync();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english);
        await Chromium.ScreenshotAsync(map.Page, "02-switched-to-zh");
    }

    [Fact(Timeout = 180_000)]
    public async Task DrawingANaturalShorelineSegmentRaisesTheRatioAndUndoRestoresIt()
    {
        await using var server = await EcospaceServer.StartAsync();
        var map = new MapPage(await browser.NewPageAsync("zh-CN"));
        await map.OpenAsync(server.BaseUri);
        double before = await map.ValueAsync("ratio-shoreline");

        await map.DrawLineAsync("shoreline", (119.30, 34.60), (119.33, 34.62), (119.36, 34.61));
        await map.SetAttributeAsync("class", "sandy");
        await map.SaveAsync();
        double after = await map.ChangedValueAsync("ratio-shoreline", before);
        await Chromium.ScreenshotAsync(map.Page, "03-drawn-shoreline");

        // The stored segment's geodesic length by pyproj: the ratio must be (natural + L) / (mainland + L).
        string id = (await map.ById("info-head").GetAttributeAsync("data-id"))!;
        var stored = await map.ApiAsync($"collections/shoreline/items/{Uri.EscapeDataString(id)}");
        Assert.True(stored.GetProperty("properties").GetProperty("mainland").GetBoolean());
        var points = stored.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
            .Select(c => (c[0].GetDouble(), c[1].GetDouble())).ToArray();
        double length = Pyproj.LineLengthMeters(points);
        Assert.Equal((SampleFigures.NaturalNumeratorMeters + length) / (SampleFigures.MainlandMeters + length), after, 9);

        await map.ById("undo").ClickAsync();
        await map.IdleAsync();
        double undone = await map.ChangedValueAsync("ratio-shoreline", after);
        Assert.Equal(SampleFigures.NaturalRatio, undone, 9);
        var gone = await map.Page.EvaluateAsync<int>($"async () => (await fetch('collections/shoreline/items/{Uri.EscapeDataString(id)}')).status");
        Assert.Equal(404, gone);
        await Chromium.ScreenshotAsync(map.Page, "04-undone");
    }

    [Fact(Timeout = 180_000)]
    public async Task ADevelopmentZoneDrawnInARedLineIsListedAsAConflict()
    {
        await using var server = await EcospaceServer.StartAsync();
        var map = new MapPage(await browser.NewPageAsync("en-GB"));
        await map.OpenAsync(server.BaseUri);
        await map.SelectFeatureAsync("red_line", "red_line-yuntaishan");
        await map.ById("zoom-feature").ClickAsync();
        await map.Page.WaitForTimeoutAsync(1_000); // the view animates to the feature
        var inside = await InteriorPointAsync(map, "red_line", "red_line-yuntaishan");
        const double half = 0.004;

        await map.DrawPolygonAsync("development",
            (inside.X - half, inside.Y - half), (inside.X + half, inside.Y - half), (inside.X + half, inside.Y + half), (inside.X - half, inside.Y + half));
        await map.SetAttributeAsync("dev_type", "industrial");
        await map.SaveAsync();

        await Expect(map.ById("conflict-count")).Not.ToHaveAttributeAsync("data-count", "7");
        string id = (await map.ById("info-head").GetAttributeAsync("data-id"))!;
        var item = map.Page.Locator($"[data-testid=conflict-item][data-rule=development_in_red_line][data-ids*=\"{id}\"]");
        await Expect(item).ToHaveCountAsync(1);
        await item.ClickAsync();
        await Chromium.ScreenshotAsync(map.Page, "05-conflict-listed");
    }

    [Fact(Timeout = 180_000)]
    public async Task OfTwoPagesSavingTheSameSegmentTheSecondIsAskedNotOverwritten()
    {
        await using var server = await EcospaceServer.StartAsync();
        var first = new MapPage(await browser.NewPageAsync("en-GB"));
        var second = new MapPage(await browser.NewPageAsync("en-GB"));
        await first.OpenAsync(server.BaseUri);
        await second.OpenAsync(server.BaseUri);
        var segment = (await first.ApiAsync("collections/shoreline/items?limit=1")).GetProperty("features")[0];
        string id = segment.GetProperty("id").GetString()!;
        string original = segment.GetProperty("properties").GetProperty("class").GetString()!;
        string firstClass = original == "muddy" ? "sandy" : "muddy", secondClass = original == "bedrock" ? "biological" : "bedrock";
        await first.SelectFeatureAsync("shoreline", id);
        await second.SelectFeatureAsync("shoreline", id);

        await first.SetAttributeAsync("class", firstClass);
        await first.SaveAsync();
        await second.SetAttributeAsync("class", secondClass);
        await second.ById("save").ClickAsync();

        await Expect(second.ById("stale-dialog")).ToHaveAttributeAsync("open", "");
        await second.ById("stale-compare").ClickAsync();
        await Expect(second.ById("stale-dialog")).ToHaveAttributeAsync("data-state", "compare");
        await Chromium.ScreenshotAsync(second.Page, "06-stale-compare");
        var stored = await second.ApiAsync($"collections/shoreline/items/{Uri.EscapeDataString(id)}");
        Assert.Equal(firstClass, stored.GetProperty("properties").GetProperty("class").GetString());
    }

    private static async Task<Coordinate> InteriorPointAsync(MapPage map, string kind, string id)
    {
        var feature = await map.ApiAsync($"collections/{kind}/items/{Uri.EscapeDataString(id)}");
        var geometry = feature.GetProperty("geometry");
        string type = geometry.GetProperty("type").GetString()!;
        var polygons = type == "Polygon" ? [geometry.GetProperty("coordinates")] : geometry.GetProperty("coordinates").EnumerateArray().ToArray();
        var factory = new GeometryFactory();
        var multi = factory.CreateMultiPolygon([.. polygons.Select(p => factory.CreatePolygon(
            factory.CreateLinearRing([.. p[0].EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble()))])))]);
        return multi.InteriorPoint.Coordinate;
    }
}
