using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.Tiles;

/// <summary>
/// <c>GET /collections/{kind}/tiles/{z}/{x}/{y}.pbf</c>: a Mapbox vector tile (WebMercatorQuad, y from
/// the top) of the layer, for drawing big layers (the client switches above 200 000 vertices). ETag
/// is the layer state, so a client revalidates cheaply (304) and sees an edit at once.
/// </summary>
public static class TileEndpoints
{
    public static IEndpointRouteBuilder MapTileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/collections/{kind}/tiles/{z:int}/{x:int}/{y:int}.pbf", Tile);
        return app;
    }

    private static IResult Tile(string kind, int z, int x, int y, HttpContext context, FeatureStore store, TileLayers layers, TileCache cache)
    {
        KindCatalog.Get(kind);
        if (z is < 0 or > TileBuilder.MaxZoom)
            return Problems.BadRequest($"zoom {z} is outside 0..{TileBuilder.MaxZoom}");
        long tiles = 1L << z;
        if (x < 0 || y < 0 || x >= tiles || y >= tiles)
            return Problems.NotFound($"tile {z}/{x}/{y} does not exist: at zoom {z}, x and y run from 0 to {tiles - 1}");

        string key = layers.KeyOf(store, kind);
        string etag = $"\"{kind}.{key}.{z}.{x}.{y}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);

        var bytes = cache.GetOrBuild(kind, key, z, x, y, () => TileBuilder.Build(layers.Get(store, kind, key), z, x, y));
        return Results.Bytes(bytes, MediaTypes.MapboxVectorTile);
    }
}
