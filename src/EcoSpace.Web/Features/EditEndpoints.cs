using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Editing;
using EcoSpace.Web.Hosting;
using EcoSpace.Web.Http;

namespace EcoSpace.Web.Features;

/// <summary>
/// OGC API - Features Part 4: POST (201 + Location), PUT, PATCH (JSON Merge Patch), DELETE and OPTIONS
/// on a collection's items. Every edit goes through <see cref="FeatureStore"/>'s Insert, Update and
/// Delete: the CLI's validation, one transaction, a history row with the user. Optimistic locking:
/// the ETag is the feature's version; an <c>If-Match</c> that is not the stored version is refused
/// with 412 and the feature as stored now, and nothing is written.
/// </summary>
public static class EditEndpoints
{
    private const string ItemsAllow = "GET, POST, OPTIONS";
    private const string ItemAllow = "GET, PUT, PATCH, DELETE, OPTIONS";

    /// <summary>
    /// A PATCH without If-Match that meets a concurrent write re-reads and merges again. Each lost
    /// race means another save landed, so n simultaneous savers need at most n - 1 retries; 3 was too
    /// few (6 concurrent saves under load gave a 412 to a client that had asked for no check). The
    /// cap only guards against a livelock.
    /// </summary>
    private const int PatchAttempts = 100;

    public static IEndpointRouteBuilder MapEditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/collections/{kind}/items", Create);
        app.MapPut("/collections/{kind}/items/{id}", Replace);
        app.MapPatch("/collections/{kind}/items/{id}", Patch);
        app.MapDelete("/collections/{kind}/items/{id}", Delete);
        app.MapMethods("/collections/{kind}/items", ["OPTIONS"], (string kind, HttpResponse response) => Options(kind, response, ItemsAllow));
        app.MapMethods("/collections/{kind}/items/{id}", ["OPTIONS"], (string kind, HttpResponse response) => Options(kind, response, ItemAllow));
        return app;
    }

    private static IResult Options(string kind, HttpResponse response, string allow)
    {
        KindCatalog.Get(kind);
        response.Headers.Allow = allow;
        response.Headers[MergePatch.AcceptPatchHeader] = MergePatch.ContentType;
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Create(string kind, HttpContext context, FeatureStore store, EditUser user)
    {
        KindCatalog.Get(kind);
        var body = FeatureBody.Read(await Body(context), kind);
        if (body.Problem is not null)
            return Problems.BadRequest(body.Problem);
        if (body.HasErrors)
            return EditAnswers.Refused(kind, body.Feature?.Id ?? "", body.Issues);

        var result = store.Insert(body.Feature! with { Kind = kind }, user.For(context));
        return result.Status switch
        {
            EditStatus.Done => new FeatureResult(store.Get(kind, result.Id)!, StatusCodes.Status201Created,
                Urls.To(context.Request, $"/collections/{kind}/items/{Uri.EscapeDataString(result.Id)}"), EditAnswers.Warnings(body, result)),
            EditStatus.AlreadyExists => Problems.Conflict($"{result.Message}; replace it with PUT /collections/{kind}/items/{result.Id}"),
            _ => EditAnswers.Refused(kind, result.Id, result.Issues.Concat(body.Issues)),
        };
    }

    private static async Task<IResult> Replace(string kind, string id, HttpContext context, FeatureStore store, EditUser user)
    {
        KindCatalog.Get(kind);
        var body = FeatureBody.Read(await Body(context), kind);
        if (body.Problem is not null)
            return Problems.BadRequest(body.Problem);
        if (body.Feature is { HasId: true } sent && sent.Id != id)
            return Problems.BadRequest($"the body's id \"{sent.Id}\" is not the id of the URL, \"{id}\"");
        if (body.HasErrors)
            return EditAnswers.Refused(kind, id, body.Issues);

        var ifMatch = IfMatch.From(context.Request);
        var result = store.Update(body.Feature! with { Id = id, Kind = kind }, user.For(context), ifMatch.Version);
        return EditAnswers.Answer(kind, id, result, store, EditAnswers.Warnings(body, result), ifMatch);
    }

    private static async Task<IResult> Patch(string kind, string id, HttpContext context, FeatureStore store, EditUser user)
    {
        KindCatalog.Get(kind);
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.StartsWith(MergePatch.ContentType, StringComparison.OrdinalIgnoreCase)
            && !contentType.StartsWith(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem($"PATCH takes a JSON Merge Patch ({MergePatch.ContentType}, RFC 7396), not '{contentType}'",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        JsonObject patch;
        try
        {
            patch = JsonNode.Parse(await Body(context)) as JsonObject
                ?? throw new JsonException("the patch is not a JSON object");
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"the merge patch is not a JSON object: {e.Message}");
        }
        if (patch["id"] is JsonValue patchedId && patchedId.ToString() != id)
            return Problems.BadRequest($"a patch cannot change the id (\"{id}\" to \"{patchedId}\")");

        var ifMatch = IfMatch.From(context.Request);
        for (int attempt = 1; ; attempt++)
        {
            var current = store.Get(kind, id);
            if (current is null)
                return EditAnswers.Missing(kind, id, store, ifMatch);
            if (ifMatch.Version is { } expected && expected != current.Version)
                return EditAnswers.Stale(kind, id, current);

            var body = Patched(current, patch, kind);
            if (body.Problem is not null)
                return Problems.BadRequest(body.Problem);
            if (body.HasErrors)
                return EditAnswers.Refused(kind, id, body.Issues);
            var result = store.Update(body.Feature! with { Id = id, Kind = kind }, user.For(context), current.Version);
            if (result.Status == EditStatus.VersionMismatch && !ifMatch.Given && attempt < PatchAttempts)
                continue; // someone wrote between the read and the write: merge into their version
            return EditAnswers.Answer(kind, id, result, store, EditAnswers.Warnings(body, result), ifMatch);
        }
    }

    private static IResult Delete(string kind, string id, HttpContext context, FeatureStore store, EditUser user)
    {
        KindCatalog.Get(kind);
        var ifMatch = IfMatch.From(context.Request);
        var result = store.Delete(kind, id, user.For(context), ifMatch.Version);
        return result.Status switch
        {
            EditStatus.Done => TypedResults.NoContent(),
            _ => EditAnswers.Answer(kind, id, result, store, [], ifMatch),
        };
    }

    /// <summary>The stored feature merged with the patch: properties merged, geometry replaced (or merged) when given.</summary>
    private static FeatureBody Patched(StoredFeature current, JsonObject patch, string kind)
    {
        var properties = patch.TryGetPropertyValue("properties", out var propertiesPatch)
            ? MergePatch.Apply(current.Feature.Properties, propertiesPatch) as JsonObject ?? []
            : (JsonObject)current.Feature.Properties.DeepClone();
        properties.Remove(FeatureJson.VersionProperty);
        if (!patch.TryGetPropertyValue("geometry", out var geometryPatch))
            return new FeatureBody(current.Feature with { Properties = properties }, [], null);
        var geometry = MergePatch.Apply(FeatureJson.ToNode(current)["geometry"], geometryPatch);
        return FeatureBody.Read(current.Id, properties, geometry, kind);
    }

    private static async Task<byte[]> Body(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }
}
