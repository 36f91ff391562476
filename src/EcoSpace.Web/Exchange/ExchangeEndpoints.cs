namespace EcoSpace.Web.Exchange;

/// <summary>GeoJSON in and out of the page: import and export.</summary>
public static class ExchangeEndpoints
{
    public static IEndpointRouteBuilder MapExchangeEndpoints(this IEndpointRouteBuilder app) =>
        app.MapImportEndpoints().MapExportEndpoints();
}
