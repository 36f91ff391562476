using EcoSpace.Core.Validation;
using EcoSpace.Data;
using EcoSpace.Data.Editing;
using EcoSpace.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcoSpace.Web.Features;

/// <summary>
/// How an edit's outcome (<see cref="EditResult"/>) answers over HTTP: done 200 with the stored
/// feature, missing 404 (or 412 when a named version was deleted), a stale version 412 with the
/// feature as stored now, an id taken 409, invalid 422 with every issue.
/// </summary>
public static class EditAnswers
{
    public static IResult Answer(string kind, string id, EditResult result, FeatureStore store,
        IReadOnlyList<ValidationIssue> warnings, IfMatch ifMatch) =>
        result.Status switch
        {
            EditStatus.Done => new FeatureResult(store.Get(kind, id)!, warnings: warnings),
            EditStatus.NotFound => Missing(kind, id, store, ifMatch),
            EditStatus.VersionMismatch => Stale(kind, id, store.Get(kind, id)),
            EditStatus.AlreadyExists => Problems.Conflict(result.Message),
            _ => Refused(kind, id, result.Issues),
        };

    /// <summary>
    /// No such feature: 404; but an edit that names a version (If-Match) of a feature deleted since is
    /// stale, 412 with <c>current: null</c>, so the client can say "deleted by someone else".
    /// </summary>
    public static ProblemHttpResult Missing(string kind, string id, FeatureStore store, IfMatch ifMatch) =>
        ifMatch.Given && store.History(kind, id).Count > 0
            ? Stale(kind, id, null)
            : Problems.NotFound($"{kind} \"{id}\" does not exist");

    public static ProblemHttpResult Stale(string kind, string id, StoredFeature? current) =>
        current is null
            ? Problems.Stale($"{kind} \"{id}\" was deleted by someone else; nothing was written", null, null)
            : Problems.Stale($"{kind} \"{id}\" was changed by someone else: it is at version {current.Version}; nothing was written. " +
                "Reload it, or compare with 'current' and save again with If-Match: \"" + current.Version + "\"",
                current.Version, FeatureJson.ToNode(current));

    public static ProblemHttpResult Refused(string kind, string id, IEnumerable<ValidationIssue> issues)
    {
        var list = issues.ToArray();
        var errors = list.Where(i => i.IsError).Select(i => i.ToString()).ToArray();
        string subject = id.Length > 0 ? $"{kind} \"{id}\"" : $"the new {kind}";
        return Problems.Invalid($"{subject} is invalid; nothing was written: {string.Join("; ", errors)}",
            list.Select(Problems.Issue));
    }

    /// <summary>Warnings of the reader (Z dropped, rings turned) and of validation (a missing class…), once each.</summary>
    public static IReadOnlyList<ValidationIssue> Warnings(FeatureBody body, EditResult result) =>
        body.Issues.Concat(result.Issues).Where(i => !i.IsError).Distinct().ToArray();
}
