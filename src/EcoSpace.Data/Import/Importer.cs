using EcoSpace.Core.Features;
using EcoSpace.Core.Validation;
using EcoSpace.Data.Editing;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using EcoSpace.Data.Writing;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Import;

/// <summary>
/// Streams candidates into one kind table in one write session. Every candidate is checked (its
/// reader issues, Core's validation, ids) even after the first error, so that the user sees every
/// problem at once; without SkipInvalid, writing stops at the first error and the session rolls back.
/// A dry run checks the same way and writes nothing.
/// </summary>
internal sealed class Importer(SqliteConnection connection, KindTable table, ImportOptions options)
{
    private const int ProgressEvery = 256;

    private readonly ImportReport report = new(table.Name, options.MaxListed);

    // Ids seen in this input: where first used, and whether the store assigned it.
    private readonly Dictionary<string, (int Index, bool Assigned)> seen = new(StringComparer.Ordinal);

    public ImportResult Run(IEnumerable<FeatureCandidate> candidates, CancellationToken cancellation)
    {
        using var session = new WriteSession(connection, options.User, bulk: true);
        foreach (var candidate in candidates)
        {
            cancellation.ThrowIfCancellationRequested();
            ImportOne(session, candidate);
            if (++report.Read % ProgressEvery == 0)
                options.Progress?.Report(report.Read);
        }
        options.Progress?.Report(report.Read);

        bool wouldCommit = !report.HasErrors || options.SkipInvalid;
        if (!wouldCommit || options.DryRun)
            return report.Result(committed: false, counted: wouldCommit, session.DataVersion - 1);
        session.Commit();
        return report.Result(committed: true, counted: true, session.Changes > 0 ? session.DataVersion : session.DataVersion - 1);
    }

    private void ImportOne(WriteSession session, FeatureCandidate candidate)
    {
        var feature = candidate.Feature;
        string id = feature?.Id ?? candidate.Id ?? "";
        var issues = Check(session, candidate, id, out bool exists);

        report.Warn(candidate, candidate.Id, issues.Where(i => !i.IsError));
        var errors = issues.Where(i => i.IsError).ToArray();
        if (errors.Length > 0)
        {
            if (options.SkipInvalid)
                report.Skip(candidate, candidate.Id, errors);
            else
                report.Fail(candidate, candidate.Id, errors);
            return;
        }
        if (options.DryRun)
        {
            CountWithoutWriting(exists);
            return;
        }
        if (report.HasErrors && !options.SkipInvalid)
            return; // all or nothing: the session will roll back, so writing more is wasted work

        feature = feature! with { Kind = table.Name };
        if (exists)
        {
            session.Replace(table, feature, expectedVersion: null, HistoryOperation.Replace);
            report.Replaced++;
            return;
        }

        var outcome = session.Insert(table, feature);
        if (outcome.Status != EditStatus.Done)
            throw new InvalidOperationException($"insert of checked feature {candidate.Where} ended {outcome.Status}");
        if (id.Length == 0)
            seen[outcome.Id] = (candidate.Index, true);
        report.Inserted++;
    }

    private void CountWithoutWriting(bool exists)
    {
        if (exists)
            report.Replaced++;
        else
            report.Inserted++;
    }

    private List<ValidationIssue> Check(WriteSession session, FeatureCandidate candidate, string id, out bool exists)
    {
        var issues = new List<ValidationIssue>(candidate.Issues);
        exists = false;
        if (candidate.Feature is null)
        {
            if (!issues.Any(i => i.IsError))
                issues.Add(ValidationIssue.Error(StoreIssueCodes.NoFeature, "the input could not be made into a feature"));
        }
        else
        {
            // A reader may have run some of the same checks: report each problem once.
            foreach (var issue in FeatureValidator.Validate(candidate.Feature, table.Kind))
            {
                if (!issues.Any(i => i.Code == issue.Code && i.Message == issue.Message))
                    issues.Add(issue);
            }
        }

        if (id.Length == 0)
            return issues;
        if (seen.TryGetValue(id, out var first))
        {
            issues.Add(ValidationIssue.Error(StoreIssueCodes.IdDuplicate, first.Assigned
                ? $"id \"{id}\" was already assigned by the store to feature #{first.Index}, which had no id"
                : $"id \"{id}\" is used twice in the input (first by feature #{first.Index})"));
            return issues;
        }

        seen[id] = (candidate.Index, false);
        exists = session.Exists(table, id);
        if (exists && !options.Replace)
        {
            issues.Add(ValidationIssue.Error(StoreIssueCodes.IdExists,
                $"id \"{id}\" is already in layer '{table.Name}' (import with --replace to overwrite it)"));
        }
        return issues;
    }
}
