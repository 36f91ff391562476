using System.Text.Json.Nodes;

namespace EcoSpace.Web.Features;

/// <summary>JSON Merge Patch (RFC 7396): objects merge member by member, null removes, anything else replaces.</summary>
public static class MergePatch
{
    public const string ContentType = "application/merge-patch+json";

    /// <summary>RFC 5789's header naming the patch formats a resource takes.</summary>
    public const string AcceptPatchHeader = "Accept-Patch";

    /// <summary>The patched copy of <paramref name="target"/> (which is not changed).</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
            return patch?.DeepClone();
        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
                result.Remove(name);
            else
                result[name] = Apply(result[name], value);
        }
        return result;
    }
}
