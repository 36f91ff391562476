using EcoSpace.Core.Validation;
using EcoSpace.Data;

namespace EcoSpace.Web.Features;

/// <summary>One feature as <c>application/geo+json</c> with its version as a strong ETag; Location for a created one.</summary>
public sealed class FeatureResult(StoredFeature stored, int statusCode = StatusCodes.Status200OK, string? location = null,
    IReadOnlyList<ValidationIssue>? warnings = null) : IResult
{
    public const string GeoJsonType = "application/geo+json";

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = GeoJsonType;
        response.Headers.ETag = FeatureJson.ETag(stored.Version);
        response.Headers[MergePatch.AcceptPatchHeader] = MergePatch.ContentType;
        if (location is not null)
            response.Headers.Location = location;
        var bytes = FeatureJson.ToBytes(stored, warnings);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
