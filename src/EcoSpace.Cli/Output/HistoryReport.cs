using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Data.History;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Cli.Output;

/// <summary>A feature's history for a person (what changed per version) and as --json (full states).</summary>
public static class HistoryReport
{
    public static void Print(IReadOnlyList<HistoryEntry> entries)
    {
        var first = entries[0];
        Console.Out.WriteLine($"{first.Kind} \"{first.Id}\": {entries.Count} versions");
        foreach (var entry in entries)
        {
            Console.Out.WriteLine($"  v{entry.Version}  {entry.Operation.ToString().ToLowerInvariant(),-7}  {entry.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  " +
                $"{entry.User}  (data version {entry.DataVersion})");
            foreach (var change in Changes(entry.Before, entry.After))
                Console.Out.WriteLine($"      {change}");
        }
    }

    public static void PrintJson(IReadOnlyList<HistoryEntry> entries) =>
        Json.Print(new
        {
            kind = entries[0].Kind,
            id = entries[0].Id,
            versions = entries.Select(e => new
            {
                version = e.Version,
                operation = e.Operation.ToString().ToLowerInvariant(),
                user = e.User,
                at = e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                data_version = e.DataVersion,
                before = State(e.Before),
                after = State(e.After),
            }),
        });

    /// <summary>The state as a GeoJSON Feature, written by the same writer as <c>export</c> (full precision).</summary>
    private static JsonNode? State(EcoFeature? feature)
    {
        if (feature is null)
            return null;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, GeoJsonWriter.JsonOptions))
            GeoJsonWriter.WriteFeature(writer, feature, new GeoJsonWriteOptions { Precision = 15 });
        return JsonNode.Parse(buffer.ToArray());
    }

    /// <summary>One line per changed property, and one for the geometry.</summary>
    private static IEnumerable<string> Changes(EcoFeature? before, EcoFeature? after)
    {
        if (after is null)
        {
            yield return "deleted";
            yield break;
        }
        if (before is null)
        {
            yield return $"created: {after.Geometry.GeometryType}, {after.Geometry.NumPoints} vertices, {after.Properties.Count} properties";
            yield break;
        }

        foreach (var name in before.Properties.Select(p => p.Key).Union(after.Properties.Select(p => p.Key)))
        {
            var was = before.Properties[name];
            var now = after.Properties[name];
            if (!JsonNode.DeepEquals(was, now))
                yield return $"{name}: {Show(was)} → {Show(now)}";
        }
        if (!before.Geometry.EqualsExact(after.Geometry))
            yield return $"geometry changed: {before.Geometry.NumPoints} → {after.Geometry.NumPoints} vertices";
    }

    private static string Show(JsonNode? value) => value is null ? "(none)" : value.ToJsonString(Json.Options);
}
