using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Formats.Documents;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.Ogc;

/// <summary>
/// <c>GET /collections</c> and <c>GET /collections/{kind}</c>: one collection per layer kind of the
/// exchange schema (KindCatalog), with its extent (CRS84), storage CRS (EPSG:4490), geometry type,
/// feature and vertex counts, and links to its items and vector tiles.
/// </summary>
public static class CollectionEndpoints
{
    public static IEndpointRouteBuilder MapCollectionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/collections", All);
        app.MapGet("/collections/{kind}", One);
        return app;
    }

    private static IResult All(HttpRequest request, FeatureStore store, LayerStatistics statistics)
    {
        IReadOnlyList<LayerInfo> layers;
        Dictionary<string, long> vertices;
        using (store.ReadSnapshot())
        {
            layers = store.Layers();
            vertices = layers.ToDictionary(l => l.Kind, l => statistics.VertexCount(store, l.Kind));
        }
        return TypedResults.Json(new
        {
            collections = layers.Select(l => Collection(request, l, vertices[l.Kind])).ToArray(),
            links = new[]
            {
                new Link(Urls.To(request, "/collections"), "self", MediaTypes.Json, "the collections"),
                new Link(Urls.To(request, "/"), "root", MediaTypes.Json, "landing page"),
            },
        }, DocumentJson.Compact);
    }

    private static IResult One(string kind, HttpRequest request, FeatureStore store, LayerStatistics statistics)
    {
        KindCatalog.Get(kind);
        using (store.ReadSnapshot())
        {
            var layer = store.Layers().Single(l => l.Kind == kind);
            return TypedResults.Json(Collection(request, layer, statistics.VertexCount(store, kind)), DocumentJson.Compact);
        }
    }

    private static Dictionary<string, object?> Collection(HttpRequest request, LayerInfo layer, long vertexCount)
    {
        var kind = KindCatalog.Get(layer.Kind);
        var collection = new Dictionary<string, object?>
        {
            ["id"] = kind.Name,
            ["title"] = kind.En,
            ["title_zh"] = kind.Zh,
            ["description"] = $"{kind.Zh} {kind.En}: EcoSpace layer '{kind.Name}'",
            ["itemType"] = "feature",
        };
        if (layer.Extent is { } e)
        {
            collection["extent"] = new
            {
                spatial = new { bbox = new[] { new[] { e.MinX, e.MinY, e.MaxX, e.MaxY } }, crs = Crs.Crs84 },
            };
        }
        collection["crs"] = new[] { Crs.Crs84 };
        collection["storageCrs"] = Crs.Cgcs2000;
        collection["geometry_type"] = kind.Geometry switch
        {
            GeometryKind.Line => "line",
            GeometryKind.Area => "polygon",
            _ => "line_or_polygon",
        };
        collection["feature_count"] = layer.Count;
        collection["vertex_count"] = vertexCount;
        string self = Urls.To(request, $"/collections/{kind.Name}");
        collection["links"] = new[]
        {
            new Link(self, "self", MediaTypes.Json, kind.En),
            new Link(self + "/items", "items", MediaTypes.GeoJson, $"{kind.En} features"),
            new Link(self + "/tiles/{z}/{x}/{y}.pbf", "ecospace:vector-tiles", MediaTypes.MapboxVectorTile,
                "Mapbox vector tiles, WebMercatorQuad, y from the top", Templated: true),
        };
        return collection;
    }
}
