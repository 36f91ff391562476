using System.Text.Json.Nodes;
using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Features;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Documents;

/// <summary>
/// The conflicts as an RFC 7946 FeatureCollection (through <see cref="GeoJsonWriter"/>, named
/// <c>conflicts</c>): one feature per conflict, id <c>rule:a:b</c>, geometry the shared part, and
/// flat properties a GIS reads as columns (names of at most 10 characters, for a DBF): <c>rule</c>,
/// <c>rule_zh</c>, <c>severity</c>, <c>a_id</c>, <c>a_kind</c>, <c>b_id</c>, <c>b_kind</c>, and
/// <c>area_m2</c> or <c>length_m</c>.
/// </summary>
public static class ConflictFeatures
{
    public const string Kind = "conflict";

    public static void Write(Stream stream, ConflictResult result) =>
        GeoJsonWriter.Write(stream, result.Conflicts.Select(Feature), new GeoJsonWriteOptions { Name = "conflicts" });

    public static EcoFeature Feature(Conflict conflict)
    {
        var properties = new JsonObject
        {
            ["rule"] = conflict.Rule,
            ["rule_zh"] = ConflictCatalog.Find(conflict.Rule)!.Zh,
            ["severity"] = ConflictCatalog.Name(conflict.Severity),
            ["a_id"] = conflict.AId,
            ["a_kind"] = conflict.AKind,
            ["b_id"] = conflict.BId,
            ["b_kind"] = conflict.BKind,
        };
        if (conflict.AreaSquareMeters is { } area)
            properties["area_m2"] = area;
        if (conflict.LengthMeters is { } length)
            properties["length_m"] = length;
        return new EcoFeature($"{conflict.Rule}:{conflict.AId}:{conflict.BId}", Kind, conflict.Shared, properties);
    }
}
