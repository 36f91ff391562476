using System.Text.Json.Serialization;

namespace EcoSpace.Web.Http;

/// <summary>An OGC API link: where, how it relates to this resource, what media type, a title.</summary>
public sealed record Link(
    string Href,
    string Rel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Templated = null);

/// <summary>Absolute URLs of this server, as the client reached it (scheme, host and path base of the request).</summary>
public static class Urls
{
    public static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string To(HttpRequest request, string path) => Root(request) + path;

    /// <summary>The request's own URL with some query parameters replaced (null removes one).</summary>
    public static string WithQuery(HttpRequest request, IReadOnlyDictionary<string, string?> changes)
    {
        var query = request.Query
            .Where(q => !changes.ContainsKey(q.Key))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Concat(changes.Where(c => c.Value is not null));
        return Root(request) + request.Path + QueryString.Create(query);
    }
}
