using System.Text.Json.Nodes;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Formats.Documents;
using EcoSpace.Web.Features;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.Measure;

/// <summary>
/// <c>POST /api/measure</c> with <c>{"geometry": GeoJSON geometry}</c> (lon/lat): its geodesic length,
/// area and perimeter on the project's ellipsoid (Core's Karney geodesics, the numbers of
/// <c>ecospace measure</c>): lines give length_m, polygons area_m2 and perimeter_m (and length_m, the
/// perimeter too). For the map's measure tool, so that it shows the server's numbers.
/// </summary>
public static class MeasureEndpoints
{
    public static IEndpointRouteBuilder MapMeasureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/measure", Measure);
        return app;
    }

    private static async Task<IResult> Measure(HttpContext context, FeatureStore store)
    {
        JsonNode? request;
        try
        {
            request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Problems.BadRequest($"the body is not JSON: {e.Message}");
        }
        var geometry = request?["geometry"] ?? (request?["type"] is not null ? request : null);
        if (geometry is null)
            return Problems.BadRequest("send {\"geometry\": {GeoJSON geometry}}: a LineString, Polygon or their Multi forms in lon/lat");

        // Read as an import reads it (CRS member, Z…); restoration is the kind that takes lines and areas.
        var body = FeatureBody.Read("measured", [], geometry, KindCatalog.Restoration);
        if (body.Problem is not null)
            return Problems.BadRequest(body.Problem);
        if (body.Feature is null)
            return Problems.Invalid("the geometry cannot be measured", body.Issues.Select(Problems.Issue));
        var shape = body.Feature.Geometry;
        if (shape.Dimension == NetTopologySuite.Geometries.Dimension.Point)
            return Problems.BadRequest($"a {shape.GeometryType} has no length or area: send a LineString or a Polygon");

        var ellipsoid = store.IndicatorSettings().Ellipsoid;
        var measures = GeodesicMeasure.Measure(shape, ellipsoid);
        return TypedResults.Json(new
        {
            geometry_type = shape.GeometryType,
            length_m = measures.LengthMeters,
            area_m2 = measures.AreaSquareMeters,
            perimeter_m = measures.PerimeterMeters,
            vertices = shape.NumPoints,
            ellipsoid = ellipsoid.Name,
        }, DocumentJson.Compact);
    }
}
