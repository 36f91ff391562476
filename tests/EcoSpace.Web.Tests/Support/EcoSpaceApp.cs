using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using EcoSpace.Tests;
using EcoSpace.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace EcoSpace.Web.Tests.Support;

/// <summary>
/// The server (EcoSpace.Web's Program) in memory over a test's own <see cref="SampleDatabase"/>, with
/// the repository's map documents and a client folder of the test's choosing (empty: not built).
/// </summary>
public sealed class EcoSpaceApp : WebApplicationFactory<ServerOptions>
{
    private readonly string? clientDirectory;

    public EcoSpaceApp(SampleDatabase database, string? clientDirectory = null)
    {
        Database = database;
        this.clientDirectory = clientDirectory ?? Directory.CreateDirectory(database.File("no-client")).FullName;
        Client = CreateClient();
    }

    public SampleDatabase Database { get; }

    public HttpClient Client { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("EcoSpace:Database", Database.Path);
        builder.UseSetting("EcoSpace:User", "web-tests");
        builder.UseSetting("EcoSpace:ClientDirectory", clientDirectory);
        builder.UseSetting("EcoSpace:MapsDirectory", TestRepository.Maps);
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public async Task<JsonNode> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public Task<HttpResponseMessage> Send(HttpMethod method, string path, string? body = null, string contentType = "application/geo+json",
        string? ifMatch = null, string? user = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (user is not null)
            request.Headers.Add("X-EcoSpace-User", Uri.EscapeDataString(user));
        return Client.SendAsync(request);
    }

    public static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Client.Dispose();
        base.Dispose(disposing);
    }
}
