using System.Net;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace EcoSpace.Web.Hosting;

/// <summary>
/// The OpenLayers client, built by npm into wwwroot/ (see Client.targets), served as static files.
/// <c>/</c> is shared with the OGC landing page: a browser (Accept: text/html, or <c>?f=html</c>) gets
/// index.html, API clients (GDAL, QGIS, curl, <c>?f=json</c>) the landing page JSON. Without a built
/// client a browser gets a short page saying so, and the API works as ever.
/// </summary>
public sealed class ClientFiles(IOptions<ServerOptions> options, IWebHostEnvironment environment)
{
    public string Directory { get; } = options.Value.ResolvedClientDirectory(environment.ContentRootPath);

    public bool IsBuilt => File.Exists(Path.Combine(Directory, "index.html"));

    /// <summary>Whether the request wants the page rather than the landing JSON.</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        var f = request.Query["f"].ToString();
        if (f.Length > 0)
            return f == "html";
        return request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Default files (index.html for a browser's <c>/</c>) and static files, from the client folder.</summary>
    public void Use(IApplicationBuilder app)
    {
        if (!System.IO.Directory.Exists(Directory))
            return;
        var files = new PhysicalFileProvider(Directory);
        app.UseWhen(context => WantsHtml(context.Request),
            html => html.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files }));
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pbf"] = Http.MediaTypes.MapboxVectorTile;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
    }

    public IResult NotBuiltPage()
    {
        string folder = WebUtility.HtmlEncode(Directory);
        var html = $$"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>EcoSpace 生态空间</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:44em;margin:3em auto;padding:0 1em}code{background:#eee;padding:0 .2em}</style>
            </head><body>
            <h1>EcoSpace 生态空间</h1>
            <p>地图客户端尚未构建。The map client was not built: there is no <code>index.html</code> in <code>{{folder}}</code>.</p>
            <p>Build it with <code>dotnet build</code> (it runs <code>npm ci</code> and <code>npm run build</code> in
            <code>src/EcoSpace.Web/client</code>; Node.js and npm are needed), then reload this page.</p>
            <p>The API works without it: <a href="collections?f=json">/collections</a>,
            <a href="conformance">/conformance</a>, <a href="api/indicators">/api/indicators</a>,
            <a href="api/conflicts">/api/conflicts</a>.</p>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
