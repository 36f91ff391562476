using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Web.Http;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Simplify;

namespace EcoSpace.Web.Features;

/// <summary>
/// OGC API - Features Part 1 reads: <c>GET /collections/{kind}/items</c> (paged, bbox, simplify) and
/// <c>GET /collections/{kind}/items/{id}</c> (with its version as ETag).
/// </summary>
public static class FeatureEndpoints
{
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/collections/{kind}/items", Items).WithName("items");
        app.MapGet("/collections/{kind}/items/{id}", Item).WithName("item");
        return app;
    }

    private static IResult Items(string kind, HttpRequest request, FeatureStore store)
    {
        KindCatalog.Get(kind);
        var (query, problem) = ItemsQuery.Parse(request.Query);
        if (query is null)
            return Problems.BadRequest(problem!);

        IReadOnlyList<StoredFeature> page;
        long matched;
        using (store.ReadSnapshot())
        {
            if (query.Boxes is null)
            {
                matched = store.Count(kind);
                page = store.ReadPage(kind, query.Offset, query.Limit);
            }
            else
            {
                (page, matched) = PageInBoxes(store, kind, query);
            }
        }
        if (query.SimplifyDegrees is { } tolerance)
            page = page.Select(f => Simplified(f, tolerance)).ToArray();

        var links = new List<Link>
        {
            new(Urls.WithQuery(request, new Dictionary<string, string?>()), "self", MediaTypes.GeoJson, "this page"),
            new(Urls.To(request, $"/collections/{kind}"), "collection", MediaTypes.Json, "the collection"),
        };
        if (query.Offset + page.Count < matched)
            links.Add(new(Urls.WithQuery(request, Offset(query.Offset + query.Limit, query.Limit)), "next", MediaTypes.GeoJson, "next page"));
        if (query.Offset > 0)
            links.Add(new(Urls.WithQuery(request, Offset(Math.Max(0, query.Offset - query.Limit), query.Limit)), "prev", MediaTypes.GeoJson, "previous page"));
        return new FeatureCollectionResult(page, matched, links);
    }

    private static IResult Item(string kind, string id, HttpRequest request, FeatureStore store)
    {
        KindCatalog.Get(kind);
        var stored = store.Get(kind, id);
        if (stored is null)
            return Problems.NotFound($"{kind} \"{id}\" does not exist");
        if (request.Headers.IfNoneMatch.Contains(FeatureJson.ETag(stored.Version)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return new FeatureResult(stored);
    }

    /// <summary>
    /// The features whose geometry intersects one of the boxes (the R-tree finds candidates, the exact
    /// test decides), in fid order: the page asked for and how many match in all.
    /// </summary>
    private static (IReadOnlyList<StoredFeature> Page, long Matched) PageInBoxes(FeatureStore store, string kind, ItemsQuery query)
    {
        var boxes = query.Boxes!.Select(b => (Box: b, Shape: PreparedGeometryFactory.Prepare(Cgcs2000Factory.ToGeometry(b)))).ToArray();
        var candidates = boxes.SelectMany(b => store.ReadOverlapping(kind, b.Box).ToArray())
            .DistinctBy(f => f.Id)
            .ToArray();
        var page = new List<StoredFeature>();
        long matched = 0;
        foreach (var feature in boxes.Length > 1 ? candidates.OrderBy(f => f.Id, StringComparer.Ordinal) : candidates.AsEnumerable())
        {
            var geometry = feature.Feature.Geometry;
            bool hits = boxes.Any(b => b.Box.Contains(geometry.EnvelopeInternal) || b.Shape.Intersects(geometry));
            if (!hits)
                continue;
            if (matched >= query.Offset && page.Count < query.Limit)
                page.Add(feature);
            matched++;
        }
        return (page, matched);
    }

    private static StoredFeature Simplified(StoredFeature stored, double toleranceDegrees) =>
        stored with { Feature = stored.Feature with { Geometry = TopologyPreservingSimplifier.Simplify(stored.Feature.Geometry, toleranceDegrees) } };

    private static Dictionary<string, string?> Offset(long offset, int limit) => new()
    {
        ["offset"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static GeometryFactory Cgcs2000Factory => Core.Features.Cgcs2000.Factory;
}
