using System.Collections.Frozen;

namespace EcoSpace.Formats.GeoJson;

/// <summary>The GeoJSON object types (RFC 7946 §1.4); names are case-sensitive.</summary>
internal enum GeoJsonType
{
    Unknown,
    FeatureCollection,
    Feature,
    Point,
    MultiPoint,
    LineString,
    MultiLineString,
    Polygon,
    MultiPolygon,
    GeometryCollection,
}

internal static class GeoJsonTypes
{
    private static readonly GeoJsonType[] Known = Enum.GetValues<GeoJsonType>()[1..];

    private static readonly FrozenDictionary<string, GeoJsonType> ByName =
        Known.ToFrozenDictionary(t => t.ToString(), StringComparer.Ordinal);

    public static GeoJsonType Parse(string? name) =>
        name is not null && ByName.TryGetValue(name, out var type) ? type : GeoJsonType.Unknown;

    public static bool IsGeometry(this GeoJsonType type) => type >= GeoJsonType.Point;

    /// <summary>The message for a type that is not one: points out a case mistake ("featurecollection").</summary>
    public static string Unknown(string name, string expected)
    {
        var meant = Known.FirstOrDefault(t => string.Equals(t.ToString(), name, StringComparison.OrdinalIgnoreCase));
        return meant != GeoJsonType.Unknown
            ? $"type \"{name}\" is not a GeoJSON type: did you mean \"{meant}\"? (type names are case-sensitive)"
            : $"unknown type \"{name}\"; expected {expected}";
    }
}
