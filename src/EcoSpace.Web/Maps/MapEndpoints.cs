using System.Text.Json;
using EcoSpace.Core.Maps;
using EcoSpace.Formats.Documents;
using EcoSpace.Web.Hosting;
using EcoSpace.Web.Http;
using Microsoft.Extensions.Options;

namespace EcoSpace.Web.Maps;

/// <summary>
/// <c>GET /api/maps</c> (id and titles of every map document) and <c>GET /api/maps/{id}</c> (the
/// document as on disk). Documents are read and checked (MapDocuments) at each request, so an edited
/// file shows on reload; one that does not parse or check is left out of the list (and logged), and
/// answers 500 with its problems.
/// </summary>
public static class MapEndpoints
{
    private const string Suffix = ".map.json";

    public static IEndpointRouteBuilder MapMapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/maps", List);
        app.MapGet("/api/maps/{id}", One);
        return app;
    }

    private static IResult List(IOptions<ServerOptions> options, ILoggerFactory logging)
    {
        var maps = new List<object>();
        foreach (var file in Files(options.Value))
        {
            var (map, problem) = Read(file);
            if (map is null)
                logging.CreateLogger(typeof(MapEndpoints)).LogWarning("left out of /api/maps: {Problem}", problem);
            else
                maps.Add(new { id = map.Id, title = new { zh = map.Title.Zh, en = map.Title.En } });
        }
        return TypedResults.Json(maps, DocumentJson.Compact);
    }

    private static IResult One(string id, IOptions<ServerOptions> options)
    {
        var file = Files(options.Value).FirstOrDefault(f => Path.GetFileName(f) == id + Suffix);
        if (file is null)
        {
            var known = Files(options.Value).Select(f => Path.GetFileName(f)[..^Suffix.Length]);
            return Problems.NotFound($"no map document '{id}'; the maps are {string.Join(", ", known)}");
        }
        var (map, problem) = Read(file);
        if (map is null)
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status500InternalServerError, title: "Map document unusable");
        return Results.Text(File.ReadAllText(file), MediaTypes.Json, System.Text.Encoding.UTF8);
    }

    private static IEnumerable<string> Files(ServerOptions options)
    {
        var folder = options.ResolvedMapsDirectory;
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal)
            : [];
    }

    private static (MapDocument? Map, string? Problem) Read(string file)
    {
        try
        {
            var map = MapDocuments.Parse(File.ReadAllText(file));
            var problems = MapDocuments.Check(map);
            if (Path.GetFileName(file) != map.Id + Suffix)
                problems = [.. problems, $"its id '{map.Id}' is not its file name"];
            return problems.Count == 0 ? (map, null) : (null, $"map document '{file}': {string.Join("; ", problems)}");
        }
        catch (JsonException e)
        {
            return (null, $"map document '{file}' is not valid JSON: {e.Message}");
        }
    }
}
