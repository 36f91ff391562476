using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace EcoSpace.Browser.Tests.Support;

/// <summary>
/// The app's page as a user drives it, through its data-testids and the window.ecospace test hook
/// (src/EcoSpace.Web/client/README.md): clicks land on real pixels of the map element.
/// </summary>
public sealed class MapPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator ById(string testId) => Page.GetByTestId(testId);

    /// <summary>Opens the app and waits for its ready promise (layers, indicators and conflicts loaded, first render done); the time it took.</summary>
    public async Task<TimeSpan> OpenAsync(Uri baseUri)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Page.GotoAsync(baseUri.ToString());
        await Page.WaitForFunctionAsync("() => window.ecospace && window.ecospace.ready", null, new() { Timeout = 30_000 });
        await Page.EvaluateAsync("() => window.ecospace.ready");
        return clock.Elapsed;
    }

    public Task IdleAsync() => Page.EvaluateAsync("() => window.ecospace.idle()");

    public async Task<double> ValueAsync(string testId) =>
        double.Parse((await ById(testId).GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);

    /// <summary>Waits until the block's data-value differs from <paramref name="before"/>, and returns it.</summary>
    public async Task<double> ChangedValueAsync(string testId, double before)
    {
        await Page.WaitForFunctionAsync(
            "([id, before]) => { const e = document.querySelector(`[data-testid=\"${id}\"]`); return e && e.dataset.value && Number(e.dataset.value) !== before; }",
            new object[] { testId, before });
        return await ValueAsync(testId);
    }

    /// <summary>Clicks the map at a lon/lat (the pixel from the page's own projection).</summary>
    public async Task ClickAtAsync(double lon, double lat, int clickCount = 1)
    {
        var (x, y) = await PixelAsync(lon, lat);
        if (clickCount == 2)
            await Page.Mouse.DblClickAsync(x, y);
        else
            await Page.Mouse.ClickAsync(x, y);
        await Page.WaitForTimeoutAsync(120); // OpenLayers tells single from double clicks by time
    }

    public async Task<(float X, float Y)> PixelAsync(double lon, double lat)
    {
        var box = (await ById("map").BoundingBoxAsync())!;
        var pixel = await Page.EvaluateAsync<double[]>("([lon, lat]) => window.ecospace.pixelOf(lon, lat)", new[] { lon, lat });
        Assert.True(pixel[0] >= 0 && pixel[0] <= box.Width && pixel[1] >= 0 && pixel[1] <= box.Height,
            $"({lon}, {lat}) is off the map at pixel ({pixel[0]}, {pixel[1]}) of {box.Width} x {box.Height}");
        return ((float)(box.X + pixel[0]), (float)(box.Y + pixel[1]));
    }

    /// <summary>Draws a line of the kind through the points (double-click on the last) and returns when the sketch is a pending edit.</summary>
    public async Task DrawLineAsync(string kind, params (double Lon, double Lat)[] points)
    {
        await ById("kind-select").SelectOptionAsync(kind);
        await ById("draw-line").ClickAsync();
        for (int i = 0; i < points.Length; i++)
            await ClickAtAsync(points[i].Lon, points[i].Lat, i == points.Length - 1 ? 2 : 1);
        await Assertions.Expect(ById("attr-form")).ToBeVisibleAsync();
    }

    /// <summary>Draws a polygon of the kind through the corners (double-click on the last).</summary>
    public async Task DrawPolygonAsync(string kind, params (double Lon, double Lat)[] corners)
    {
        await ById("kind-select").SelectOptionAsync(kind);
        await ById("draw-polygon").ClickAsync();
        for (int i = 0; i < corners.Length; i++)
            await ClickAtAsync(corners[i].Lon, corners[i].Lat, i == corners.Length - 1 ? 2 : 1);
        await Assertions.Expect(ById("attr-form")).ToBeVisibleAsync();
    }

    public async Task SetAttributeAsync(string property, string value) =>
        await ById($"attr-{property}").SelectOptionAsync(value);

    public async Task SaveAsync()
    {
        await ById("save").ClickAsync();
        await IdleAsync();
    }

    public async Task SelectFeatureAsync(string kind, string id)
    {
        await Page.EvaluateAsync("([kind, id]) => window.ecospace.selectFeature(kind, id)", new[] { kind, id });
        await Assertions.Expect(ById("info-head")).ToHaveAttributeAsync("data-id", id);
    }

    public async Task<JsonElement> ApiAsync(string path) =>
        JsonDocument.Parse(await Page.EvaluateAsync<string>("async p => await (await fetch(p)).text()", path)).RootElement;
}
