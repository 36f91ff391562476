using System.Text.Json.Nodes;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Formats.Documents;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.History;

/// <summary>
/// <c>GET /api/history/{kind}/{id}</c>: every version of a feature, newest first, also after it was
/// deleted: version, operation, user, at (UTC), the data version of its commit, whether the geometry
/// changed, which properties changed, and the properties it had after (null after a delete).
/// </summary>
public static class HistoryEndpoints
{
    public static IEndpointRouteBuilder MapHistoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/history/{kind}/{id}", History);
        return app;
    }

    private static IResult History(string kind, string id, FeatureStore store)
    {
        KindCatalog.Get(kind);
        var entries = store.History(kind, id);
        if (entries.Count == 0)
            return Problems.NotFound($"{kind} \"{id}\" has no history");
        var versions = entries.Reverse().Select(e => new Dictionary<string, object?>
        {
            ["version"] = e.Version,
            ["operation"] = e.Operation.ToString().ToLowerInvariant(),
            ["user"] = e.User,
            ["at"] = e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
            ["data_version"] = e.DataVersion,
            ["geometry_changed"] = e.After is not null && (e.Before is null || !e.Before.Geometry.EqualsExact(e.After.Geometry)),
            ["changed_properties"] = ChangedProperties(e.Before?.Properties, e.After?.Properties),
            ["properties"] = e.After?.Properties,
        }).ToArray();
        return TypedResults.Json(versions, DocumentJson.Compact);
    }

    private static string[] ChangedProperties(JsonObject? before, JsonObject? after)
    {
        var names = (before?.Select(p => p.Key) ?? []).Union(after?.Select(p => p.Key) ?? []);
        return names.Where(n => !JsonNode.DeepEquals(before?[n], after?[n])).ToArray();
    }
}
