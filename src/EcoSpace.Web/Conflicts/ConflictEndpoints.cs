using System.Text.Json;
using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Inputs;
using EcoSpace.Formats.Documents;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Web.Hosting;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.Conflicts;

/// <summary>
/// <c>GET /api/conflicts[?rule=R]</c> (every rule, or those named, over the project) and
/// <c>GET /api/conflicts/{kind}/{id}</c> (the conflicts of one feature, ConflictCheck.ForFeature):
/// a GeoJSON FeatureCollection, one feature per conflict with the shared geometry (the features of
/// <c>ecospace check conflicts -o</c> plus <c>ids</c>, <c>kinds</c>, <c>label_zh</c>, <c>label_en</c>),
/// and beside them the members of <c>check conflicts --json</c>: summary, slivers dropped, code sets,
/// data version, warnings. The project-wide answers are kept until the project changes
/// (<see cref="ProjectAnswers"/>).
/// </summary>
public static class ConflictEndpoints
{
    public static IEndpointRouteBuilder MapConflictEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/conflicts", All);
        app.MapGet("/api/conflicts/{kind}/{id}", OfFeature);
        return app;
    }

    private static IResult All(HttpRequest request, FeatureStore store, ProjectAnswers answers)
    {
        var rules = request.Query["rule"].SelectMany(r => (r ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = rules.Where(r => ConflictCatalog.Find(r) is null).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
            return Problems.BadRequest($"rule {string.Join(", ", unknown)}: no such rule; the rules are {string.Join(", ", ConflictCatalog.Names)}");

        // every rule, or those named: an answer per rule set, kept until the project changes
        string name = "conflicts?rule=" + string.Join(",", rules.Order(StringComparer.Ordinal));
        string stamp = ProjectAnswers.FileStamp(store.Path);
        byte[] body;
        using (store.ReadSnapshot())
        {
            body = answers.Get(name, ProjectAnswers.State(store, stamp), () =>
            {
                var options = ConflictOptions.From(store.IndicatorSettings()) with { Rules = rules.Count > 0 ? rules : null };
                var inputs = StoreInputs.Conflicts(store);
                return Collection(ConflictCheck.Run(inputs, options), options);
            });
        }
        return Results.Bytes(body, MediaTypes.GeoJson);
    }

    private static IResult OfFeature(string kind, string id, FeatureStore store)
    {
        KindCatalog.Get(kind);
        ConflictInputs inputs;
        ConflictOptions options;
        StoredFeature? feature;
        using (store.ReadSnapshot())
        {
            feature = store.Get(kind, id);
            if (feature is null)
                return Problems.NotFound($"{kind} \"{id}\" does not exist");
            options = ConflictOptions.From(store.IndicatorSettings());
            inputs = StoreInputs.Conflicts(store);
        }
        return Results.Bytes(Collection(ConflictCheck.ForFeature(feature.Feature, inputs, options), options), MediaTypes.GeoJson);
    }

    private static byte[] Collection(ConflictResult result, ConflictOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, GeoJsonWriter.JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "FeatureCollection"u8);
            writer.WriteString("name"u8, "conflicts"u8);
            writer.WriteStartArray("features"u8);
            foreach (var conflict in result.Conflicts)
            {
                var rule = ConflictCatalog.Find(conflict.Rule)!;
                GeoJsonWriter.WriteFeature(writer, ConflictFeatures.Feature(conflict), moreProperties: w =>
                {
                    w.WriteStartArray("ids"u8);
                    w.WriteStringValue(conflict.AId);
                    w.WriteStringValue(conflict.BId);
                    w.WriteEndArray();
                    w.WriteStartArray("kinds"u8);
                    w.WriteStringValue(conflict.AKind);
                    w.WriteStringValue(conflict.BKind);
                    w.WriteEndArray();
                    w.WriteString("label_zh"u8, rule.Zh);
                    w.WriteString("label_en"u8, rule.En);
                });
            }
            writer.WriteEndArray();
            foreach (var (name, value) in ConflictDocument.From(result, options).Where(m => m.Key != "conflicts"))
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value, DocumentJson.Compact);
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
