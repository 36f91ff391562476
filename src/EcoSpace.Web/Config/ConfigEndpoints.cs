using EcoSpace.Formats.Documents;
using EcoSpace.Web.Hosting;
using Microsoft.Extensions.Options;

namespace EcoSpace.Web.Config;

/// <summary>
/// <c>GET /api/config</c>: what the client needs to know about this server: the optional XYZ basemap
/// (null by default: the app works offline) and the default language (<c>auto</c>: the browser's).
/// </summary>
public static class ConfigEndpoints
{
    public static IEndpointRouteBuilder MapConfigEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/config", (IOptions<ServerOptions> options) =>
        {
            var server = options.Value;
            object? basemap = string.IsNullOrWhiteSpace(server.BasemapUrl)
                ? null
                : new { url = server.BasemapUrl, attribution = server.BasemapAttribution ?? "" };
            return TypedResults.Json(new Dictionary<string, object?>
            {
                ["basemap"] = basemap,
                ["language_default"] = "auto",
            }, DocumentJson.Compact);
        });
        return app;
    }
}
