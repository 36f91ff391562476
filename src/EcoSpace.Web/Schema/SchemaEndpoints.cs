using EcoSpace.Core.Schema;
using EcoSpace.Formats.Documents;

namespace EcoSpace.Web.Schema;

/// <summary>
/// <c>GET /api/schema</c>: the exchange schema (DOMAIN.md §2) for the attribute form: per kind its
/// titles, geometry types and properties with type, labels and code lists <c>[{code, zh, en}]</c>.
/// <c>recommended</c> marks the properties whose absence the store accepts with a warning because
/// the ratios need them (shoreline class and mainland, bank zone); no property is required.
/// </summary>
public static class SchemaEndpoints
{
    private static readonly HashSet<(string Kind, string Property)> Recommended =
    [
        (KindCatalog.Shoreline, "class"), (KindCatalog.Shoreline, "mainland"), (KindCatalog.RiverBank, "zone"),
    ];

    public static IEndpointRouteBuilder MapSchemaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", () => TypedResults.Json(new
        {
            version = 1,
            kinds = KindCatalog.All.Select(Kind).ToArray(),
        }, DocumentJson.Compact));
        return app;
    }

    private static object Kind(KindDefinition kind) => new
    {
        name = kind.Name,
        title = new { zh = kind.Zh, en = kind.En },
        geometry_type = kind.Geometry switch
        {
            GeometryKind.Line => "line",
            GeometryKind.Area => "polygon",
            _ => "line_or_polygon",
        },
        geometry_types = kind.AllowedGeometryTypes,
        properties = kind.Properties.Select(p => new
        {
            name = p.Name,
            type = p.Type switch
            {
                PropertyType.Text => "text",
                PropertyType.Code => "code",
                PropertyType.Boolean => "boolean",
                PropertyType.Date => "date",
                PropertyType.Integer => "integer",
                _ => "region_code",
            },
            zh = p.Zh,
            en = p.En,
            required = false,
            recommended = Recommended.Contains((kind.Name, p.Name)),
            codes = p.Codes.Select(c => new { code = c.Value, zh = c.Zh, en = c.En }).ToArray(),
        }).ToArray(),
    };
}
