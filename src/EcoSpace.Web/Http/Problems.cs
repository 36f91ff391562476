using EcoSpace.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcoSpace.Web.Http;

/// <summary>
/// The API's error answers, all RFC 9457 <c>application/problem+json</c>: a title saying what went
/// wrong, a detail saying what and where, and data members a client can act on.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Already exists");

    /// <summary>422: the feature (or file) was read but refused; <c>issues</c> lists every problem.</summary>
    public static ProblemHttpResult Invalid(string detail, IEnumerable<object> issues) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Invalid feature",
            extensions: new Dictionary<string, object?> { ["issues"] = issues.ToArray() });

    /// <summary>412: the If-Match version is not the stored one; <c>current</c> is the feature as stored now (null when deleted).</summary>
    public static ProblemHttpResult Stale(string detail, long? currentVersion, object? current) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else",
            extensions: new Dictionary<string, object?> { ["current_version"] = currentVersion, ["current"] = current });

    /// <summary>A validation issue as the API writes it: code, message, property, location [lon, lat], severity.</summary>
    public static Dictionary<string, object?> Issue(ValidationIssue issue)
    {
        var item = new Dictionary<string, object?>
        {
            ["code"] = issue.Code,
            ["message"] = issue.Message,
            ["severity"] = issue.IsError ? "error" : "warning",
        };
        if (issue.Property is not null)
            item["property"] = issue.Property;
        if (issue.Location is { } at)
            item["location"] = new[] { at.X, at.Y };
        return item;
    }
}
