using System.Net;
using System.Net.Http.Headers;
using EcoSpace.Web.Tests.Support;

namespace EcoSpace.Web.Tests;

public sealed class LandingTests : IDisposable
{
    private readonly SampleDatabase database = new();

    [Fact]
    public async Task TheLandingPageLinksConformanceAndData()
    {
        using var app = new EcoSpaceApp(database);
        var landing = await app.GetJson("/");
        var rels = landing["links"]!.AsArray().Select(l => l!["rel"]!.GetValue<string>()).ToArray();
        Assert.Contains("self", rels);
        Assert.Contains("conformance", rels);
        Assert.Contains("data", rels);
        Assert.Contains("生态空间", landing["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConformanceNamesCoreGeoJsonAndPart4()
    {
        using var app = new EcoSpaceApp(database);
        var classes = (await app.GetJson("/conformance"))["conformsTo"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags", classes);
    }

    [Fact]
    public async Task ABrowserWithoutABuiltClientIsToldSoWhileJsonClientsGetTheLandingPage()
    {
        using var app = new EcoSpaceApp(database);
        var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await app.Client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("client was not built", await html.Content.ReadAsStringAsync());

        var api = new HttpRequestMessage(HttpMethod.Get, "/");
        api.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var json = await app.Client.SendAsync(api);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ABuiltClientIsServedToBrowsersAtTheRoot()
    {
        var client = Directory.CreateDirectory(database.File("wwwroot")).FullName;
        File.WriteAllText(Path.Combine(client, "index.html"), "<!doctype html><title>EcoSpace map</title><script src=\"app.js\"></script>");
        File.WriteAllText(Path.Combine(client, "app.js"), "console.log('map');");
        using var app = new EcoSpaceApp(database, client);

        var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await app.Client.SendAsync(page);
        Assert.Contains("EcoSpace map", await html.Content.ReadAsStringAsync());
        using var script = await app.Client.GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        // API clients still get the landing page at the same address.
        Assert.NotNull((await app.GetJson("/?f=json"))["links"]);
    }

    [Fact]
    public async Task AnUnknownPathIsAProblem()
    {
        using var app = new EcoSpaceApp(database);
        using var response = await app.Client.GetAsync("/no/such/thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    public void Dispose() => database.Dispose();
}
