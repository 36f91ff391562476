using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Validation;
using EcoSpace.Data;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Web.Features;

/// <summary>
/// A stored feature as the API writes it: the exporter's GeoJSON Feature (<see cref="GeoJsonWriter"/>)
/// with the read-only <c>version</c> after the exchange-schema properties. Coordinates at full
/// precision, so a vertex a client sends back unchanged stays exactly as stored.
/// </summary>
public static class FeatureJson
{
    public const string VersionProperty = "version";

    public static GeoJsonWriteOptions FullPrecision { get; } = new() { Precision = 15 };

    public static void Write(Utf8JsonWriter writer, StoredFeature stored, GeoJsonWriteOptions? options = null,
        IReadOnlyList<ValidationIssue>? warnings = null)
    {
        if (warnings is not { Count: > 0 })
        {
            GeoJsonWriter.WriteFeature(writer, stored.Feature, options ?? FullPrecision, w => w.WriteNumber(VersionProperty, stored.Version));
            return;
        }
        // A foreign member (RFC 7946 §6.1) after the feature: what the store accepted with a warning.
        var node = ToNode(stored, options);
        node["warnings"] = JsonSerializer.SerializeToNode(warnings.Select(Http.Problems.Issue).ToArray());
        node.WriteTo(writer);
    }

    public static byte[] ToBytes(StoredFeature stored, IReadOnlyList<ValidationIssue>? warnings = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, GeoJsonWriter.JsonOptions))
            Write(writer, stored, FullPrecision, warnings);
        return buffer.ToArray();
    }

    public static JsonObject ToNode(StoredFeature stored, GeoJsonWriteOptions? options = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, GeoJsonWriter.JsonOptions))
            GeoJsonWriter.WriteFeature(writer, stored.Feature, options ?? FullPrecision, w => w.WriteNumber(VersionProperty, stored.Version));
        return JsonNode.Parse(buffer.ToArray())!.AsObject();
    }

    /// <summary>The strong ETag of a version: <c>"3"</c>.</summary>
    public static string ETag(long version) => $"\"{version}\"";
}
