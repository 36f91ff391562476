using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Import;
using EcoSpace.Formats.Documents;
using EcoSpace.Formats.GeoJson;
using EcoSpace.Web.Hosting;
using EcoSpace.Web.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EcoSpace.Web.Exchange;

/// <summary>
/// <c>POST /api/import/{kind}?replace=&amp;allow_invalid=&amp;skip_invalid=</c> with a GeoJSON file as the
/// body: the CLI's import (the same reader and <see cref="FeatureStore.Import"/>: all or nothing, one
/// transaction, the history). 200 with what was imported and the warnings, or 422 with every error
/// (feature index, id, line, what and where) and nothing stored. The body is spooled to a temporary
/// file first (the reader is synchronous and streams), so memory stays bounded for any file size.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>Imports are files, not edits: up to 1 GB (Kestrel's default limit is 30 MB).</summary>
    private const long MaxImportBytes = 1L << 30;

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/import/{kind}", Import);
        return app;
    }

    private static async Task<IResult> Import(string kind, HttpContext context, FeatureStore store, EditUser user)
    {
        KindCatalog.Get(kind);
        var (options, problem) = Options(context.Request.Query);
        if (options is null)
            return Problems.BadRequest(problem!);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxImportBytes;

        string name = context.Request.Headers["X-File-Name"].FirstOrDefault() is { Length: > 0 } given
            ? Uri.UnescapeDataString(given)
            : $"{kind}.geojson";
        var spool = Path.Combine(Path.GetTempPath(), $"ecospace-import-{Guid.NewGuid():N}.geojson");
        try
        {
            await using (var file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                await context.Request.Body.CopyToAsync(file, context.RequestAborted);

            ImportResult result;
            using (var stream = new FileStream(spool, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            {
                try
                {
                    result = store.Import(kind, GeoJsonReader.Read(stream, kind), options with { User = user.For(context) });
                }
                catch (GeoJsonException e)
                {
                    return Problems.Invalid($"'{name}': {e.Message}; nothing was imported", [new
                    {
                        code = e is GeoJsonSyntaxException ? "json_syntax" : "geojson",
                        message = e.Message,
                        severity = "error",
                        line = e.Line,
                    }]);
                }
            }
            return result.Committed || options.SkipInvalid
                ? TypedResults.Json(Report(name, result), DocumentJson.Compact)
                : Problems.Invalid($"'{name}': {result.ErrorCount} error(s) in the {kind} features; nothing was imported",
                    result.Errors.Select(Issue));
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private static (ImportOptions? Options, string? Problem) Options(IQueryCollection query)
    {
        var options = new ImportOptions();
        foreach (var (name, value) in query)
        {
            bool? flag = value.ToString() switch { "true" or "1" or "" => true, "false" or "0" => false, _ => null };
            if (name is not ("replace" or "allow_invalid" or "skip_invalid"))
                continue;
            if (flag is null)
                return (null, $"{name}='{value}' must be true or false");
            options = name switch
            {
                "replace" => options with { Replace = flag.Value },
                "allow_invalid" => options with { AllowInvalidGeometry = flag.Value },
                _ => options with { SkipInvalid = flag.Value },
            };
        }
        return (options, null);
    }

    private static object Report(string file, ImportResult result) => new
    {
        file,
        kind = result.Kind,
        committed = result.Committed,
        read = result.Read,
        imported = result.Inserted,
        replaced = result.Replaced,
        skipped = result.Skipped,
        warning_count = result.WarningCount,
        warnings = result.Warnings.Select(Issue).ToArray(),
        skipped_features = result.SkippedFeatures.Select(s => new
        {
            index = s.Index,
            id = s.Id,
            where = s.Where,
            reasons = s.Reasons.Select(Problems.Issue).ToArray(),
        }).ToArray(),
        data_version = result.DataVersion,
    };

    private static Dictionary<string, object?> Issue(ImportIssue issue)
    {
        var item = Problems.Issue(issue.Issue);
        item["index"] = issue.Index;
        item["id"] = issue.Id;
        item["where"] = issue.Where;
        item["message"] = issue.Message;
        return item;
    }
}
