namespace EcoSpace.Web.Http;

public static class MediaTypes
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string Html = "text/html";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";
    public const string MapboxVectorTile = "application/vnd.mapbox-vector-tile";
}
