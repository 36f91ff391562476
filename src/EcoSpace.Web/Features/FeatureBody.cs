using System.Text;
using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Core.Validation;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Web.Features;

/// <summary>
/// A feature sent to the API, read by the importer's GeoJSON reader (so an edit accepts exactly what
/// an import accepts: CRS members, clockwise rings, Z, numeric ids), one per request. The read-only
/// <c>version</c> property is dropped: the version travels in ETag and If-Match.
/// </summary>
public sealed record FeatureBody(EcoFeature? Feature, IReadOnlyList<ValidationIssue> Issues, string? Problem)
{
    public bool HasErrors => Feature is null || Issues.Any(i => i.IsError);

    /// <summary>Reads one Feature of <paramref name="kind"/>; <see cref="Problem"/> says why a body is not one.</summary>
    /// <exception cref="GeoJsonException">The body is not JSON, or not GeoJSON at all.</exception>
    public static FeatureBody Read(byte[] body, string kind)
    {
        if (body.Length == 0)
            return new FeatureBody(null, [], "the body is empty: send a GeoJSON Feature");
        using var stream = new MemoryStream(body, writable: false);
        var candidates = GeoJsonReader.Read(stream, kind).Take(2).ToArray();
        if (candidates.Length != 1)
        {
            return new FeatureBody(null, [], candidates.Length == 0
                ? "the body holds no feature: send one GeoJSON Feature"
                : "the body holds more than one feature: send one per request, or a file to POST /api/import/{kind}");
        }
        var candidate = candidates[0];
        var feature = candidate.Feature;
        if (feature is not null && feature.Properties.ContainsKey(FeatureJson.VersionProperty))
        {
            var properties = (JsonObject)feature.Properties.DeepClone();
            properties.Remove(FeatureJson.VersionProperty);
            feature = feature with { Properties = properties };
        }
        return new FeatureBody(feature, candidate.Issues, null);
    }

    /// <summary>A Feature document built from parts (PATCH), read the same way.</summary>
    public static FeatureBody Read(string id, JsonObject properties, JsonNode? geometry, string kind)
    {
        var document = new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = id,
            ["properties"] = properties.DeepClone(),
            ["geometry"] = geometry?.DeepClone(),
        };
        return Read(Encoding.UTF8.GetBytes(document.ToJsonString()), kind);
    }
}
