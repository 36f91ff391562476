using System.Net;
using EcoSpace.Tests;
using EcoSpace.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EcoSpace.Web.Tests.Support;

/// <summary>
/// The server on real Kestrel (a TCP port on 127.0.0.1 chosen by the OS), composed as <c>ecospace serve</c>
/// composes it, for clients outside the process such as GDAL.
/// </summary>
public sealed class KestrelServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private KestrelServer(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    /// <summary>The root URL, ending with a slash.</summary>
    public string Url { get; }

    public static async Task<KestrelServer> Start(SampleDatabase database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.AddEcoSpace(options =>
        {
            options.Database = database.Path;
            options.User = "gdal-tests";
            options.MapsDirectory = TestRepository.Maps;
        });
        var app = builder.Build();
        app.UseEcoSpace();
        await app.StartAsync();
        var port = new Uri(app.Urls.Single()).Port;
        return new KestrelServer(app, $"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
