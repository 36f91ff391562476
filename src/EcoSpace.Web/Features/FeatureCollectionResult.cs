using System.Text.Json;
using EcoSpace.Data;
using EcoSpace.Formats.Documents;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.Features;

/// <summary>
/// A page of features as an OGC API FeatureCollection (<c>application/geo+json</c>): the features as
/// <see cref="FeatureJson"/> writes them, <c>numberMatched</c>, <c>numberReturned</c>, <c>timeStamp</c>
/// and <c>links</c>. Written straight to the response, flushed every few hundred kilobytes.
/// </summary>
public sealed class FeatureCollectionResult(IReadOnlyList<StoredFeature> features, long numberMatched, IReadOnlyList<Link> links,
    GeoJsonWriteOptions? options = null) : IResult
{
    private const int FlushBytes = 256 * 1024;

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = MediaTypes.GeoJson;
        var pipe = response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, GeoJsonWriter.JsonOptions);
        writer.WriteStartObject();
        writer.WriteString("type"u8, "FeatureCollection"u8);
        writer.WriteNumber("numberMatched"u8, numberMatched);
        writer.WriteNumber("numberReturned"u8, features.Count);
        writer.WriteString("timeStamp"u8, DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        writer.WritePropertyName("links"u8);
        JsonSerializer.Serialize(writer, links, DocumentJson.Compact);
        writer.WriteStartArray("features"u8);
        foreach (var feature in features)
        {
            FeatureJson.Write(writer, feature, options);
            if (writer.BytesPending >= FlushBytes)
            {
                writer.Flush();
                await pipe.FlushAsync(context.RequestAborted);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        await pipe.FlushAsync(context.RequestAborted);
    }
}
