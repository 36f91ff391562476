using System.Globalization;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Web.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace EcoSpace.Web.Exchange;

/// <summary>
/// <c>GET /api/export/{kind}[?precision=N&amp;legacy=true]</c>: the layer as <c>ecospace export</c> writes
/// it (RFC 7946, 7 decimals unless asked), as an attachment <c>{kind}.geojson</c>. The exporter writes
/// synchronously, so the file is buffered (in memory up to 1 MB, then in a temporary file) and then sent.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/{kind}", Export);
        return app;
    }

    private static async Task<IResult> Export(string kind, HttpContext context, FeatureStore store)
    {
        KindCatalog.Get(kind);
        int precision = 7;
        if (context.Request.Query.TryGetValue("precision", out var text)
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out precision) || precision > 15))
            return Problems.BadRequest($"precision '{text}' must be 0..15 decimals");
        bool legacy = context.Request.Query["legacy"] is var l && (l == "true" || l == "1");
        var options = new GeoJsonWriteOptions { Precision = precision, Legacy = legacy, Name = kind };

        await using var buffer = new FileBufferingWriteStream(memoryThreshold: 1 << 20);
        GeoJsonWriter.Write(buffer, store.ReadAll(kind).Select(s => s.Feature), options);
        var response = context.Response;
        response.ContentType = MediaTypes.GeoJson;
        response.Headers.ContentDisposition = $"attachment; filename=\"{kind}.geojson\"";
        response.ContentLength = buffer.Length;
        await buffer.DrainBufferAsync(response.Body, context.RequestAborted);
        return Results.Empty;
    }
}
