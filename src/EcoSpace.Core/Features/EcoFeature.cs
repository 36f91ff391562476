using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Features;

/// <summary>
/// One feature of a layer kind: a stable string id, a lon/lat geometry on CGCS2000 (EPSG:4490,
/// x = longitude) and its properties as read: schema properties and unknown ones alike, in their
/// original order, so that unknown properties are exported back unchanged. An empty
/// <see cref="Id"/> (input without an id) means the store assigns one on import.
/// </summary>
public sealed record EcoFeature(string Id, string Kind, Geometry Geometry, JsonObject Properties)
{
    public bool HasId => Id.Length > 0;

    /// <summary>The property as a string, or null when absent, null or not a string.</summary>
    public string? Text(string name) =>
        Properties[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>The property as a boolean, or null when absent, null or not a boolean.</summary>
    public bool? Flag(string name) =>
        Properties[name] is JsonValue v && v.TryGetValue(out bool b) ? b : null;
}
