using EcoSpace.Formats.Documents;
using EcoSpace.Web.Hosting;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.Ogc;

/// <summary>
/// <c>GET /</c> (the landing page: JSON for API clients, the map app for browsers, see
/// <see cref="ClientFiles"/>) and <c>GET /conformance</c>.
/// </summary>
public static class LandingEndpoints
{
    /// <summary>The OGC API - Features conformance classes served (Part 1 core + GeoJSON, Part 4).</summary>
    public static IReadOnlyList<string> ConformsTo { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
    ];

    public static IEndpointRouteBuilder MapLandingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Landing);
        // Dictionaries where OGC's names are camelCase: the documents' naming policy is snake_case.
        app.MapGet("/conformance", (HttpRequest request) => TypedResults.Json(new Dictionary<string, object?>
        {
            ["conformsTo"] = ConformsTo,
            ["links"] = new[] { new Link(Urls.To(request, "/conformance"), "self", MediaTypes.Json, "conformance") },
        }, DocumentJson.Compact));
        return app;
    }

    private static IResult Landing(HttpContext context, ClientFiles client)
    {
        if (ClientFiles.WantsHtml(context.Request))
            return client.NotBuiltPage();
        var request = context.Request;
        return TypedResults.Json(new
        {
            title = "EcoSpace 生态空间",
            description = "A city's ecological space (red lines, protected areas, shoreline and river-bank segments) " +
                "as OGC API - Features, editable (Part 4), with the indicators, conflicts and history under /api",
            links = new[]
            {
                new Link(Urls.To(request, "/"), "self", MediaTypes.Json, "this document"),
                new Link(Urls.To(request, "/conformance"), "conformance", MediaTypes.Json, "OGC API conformance classes"),
                new Link(Urls.To(request, "/collections"), "data", MediaTypes.Json, "the layers"),
                new Link(Urls.To(request, "/api/schema"), "describedby", MediaTypes.Json, "the exchange schema and code lists"),
                new Link(Urls.To(request, "/"), "alternate", MediaTypes.Html, "the map app"),
            },
        }, DocumentJson.Compact);
    }
}
