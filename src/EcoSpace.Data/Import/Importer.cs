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
/// <remarks>
/// Two threads: a reader thread (<see cref="ReadAhead{T}"/>) enumerates the candidates (the GeoJSON
/// parse), validates them and encodes the valid ones (GeoPackage blob, property columns); the
/// caller's thread checks ids against the input and the store, keeps the report in input order and
/// runs the SQLite statements. At most <see cref="ReadAheadItems"/> features and
/// <see cref="ReadAheadBytes"/> of blobs wait between the two.
/// </remarks>
internal sealed class Importer(SqliteConnection connection, KindTable table, ImportOptions options)
{
    private const int ProgressEvery = 256;
    private const int ReadAheadItems = 64;
    private const long ReadAheadBytes = 4 << 20;

    private readonly ImportReport report = new(table.Name, options.MaxListed);

    // Ids seen in this input: where first used, and whether the store assigned it.
    private readonly Dictionary<string, (int Index, bool Assigned)> seen = new(StringComparer.Ordinal);

    // Set by the writing thread after the first error of an all-or-nothing import: from then on
    // nothing will be written, so the reading thread stops encoding (it still validates).
    private volatile bool writingStopped;

    /// <summary>A candidate as the reading thread hands it over: checked, and encoded when valid.</summary>
    private sealed record Prepared(FeatureCandidate Candidate, string Id, List<ValidationIssue> Issues, EncodedFeature? Encoded);

    public ImportResult Run(IEnumerable<FeatureCandidate> candidates, CancellationToken cancellation)
    {
        using var session = new WriteSession(connection, options.User, bulk: true);
        using (var readAhead = new ReadAhead<Prepared>(add => Produce(candidates, add, cancellation), ReadAheadItems, ReadAheadBytes))
        {
            while (readAhead.TryTake(out var prepared))
            {
                cancellation.ThrowIfCancellationRequested();
                ImportOne(session, prepared);
                if (++report.Read % ProgressEvery == 0)
                    options.Progress?.Report(report.Read);
            }
        }
        options.Progress?.Report(report.Read);

        bool wouldCommit = !report.HasErrors || options.SkipInvalid;
        if (!wouldCommit || options.DryRun)
            return report.Result(committed: false, counted: wouldCommit, session.DataVersion - 1);
        session.Commit();
        return report.Result(committed: true, counted: true, session.Changes > 0 ? session.DataVersion : session.DataVersion - 1);
    }

    /// <summary>The reading thread: everything about a candidate that needs neither the store nor the other candidates.</summary>
    private void Produce(IEnumerable<FeatureCandidate> candidates, Func<Prepared, long, bool> add, CancellationToken cancellation)
    {
        foreach (var candidate in candidates)
        {
            cancellation.ThrowIfCancellationRequested();
            var prepared = Prepare(candidate);
            if (!add(prepared, prepared.Encoded?.Blob.LongLength ?? 0))
                return;
        }
    }

    private Prepared Prepare(FeatureCandidate candidate)
    {
        var feature = candidate.Feature;
        string id = feature?.Id ?? candidate.Id ?? "";
        var issues = Validate(candidate);

        EncodedFeature? encoded = null;
        bool valid = feature is not null && !issues.Exists(i => i.IsError);
        if (valid && !options.DryRun && !writingStopped)
            encoded = WriteSession.Encode(table, feature! with { Kind = table.Name });

        // The feature (its geometry above all) is not needed past this point: let it go now.
        var located = new FeatureCandidate(candidate.Index, candidate.Line, candidate.Id, null, candidate.Issues);
        return new Prepared(located, id, issues, encoded);
    }

    /// <summary>The candidate's reader issues and Core's validation, each problem once.</summary>
    private List<ValidationIssue> Validate(FeatureCandidate candidate)
    {
        var issues = new List<ValidationIssue>(candidate.Issues);
        if (candidate.Feature is null)
        {
            if (!issues.Exists(i => i.IsError))
                issues.Add(ValidationIssue.Error(StoreIssueCodes.NoFeature, "the input could not be made into a feature"));
            return issues;
        }

        // A reader may have run some of the same checks: report each problem once.
        foreach (var issue in FeatureValidator.Validate(candidate.Feature, table.Kind))
        {
            if (!issues.Exists(i => i.Code == issue.Code && i.Message == issue.Message))
                issues.Add(Allowed(issue, candidate.Feature));
        }
        return issues;
    }

    /// <summary>
    /// With AllowInvalidGeometry, an OGC validity error becomes a warning that says the feature (by
    /// name, when it has one: the id is in the issue's Where) is stored anyway.
    /// </summary>
    private ValidationIssue Allowed(ValidationIssue issue, EcoFeature feature)
    {
        if (!options.AllowInvalidGeometry || !issue.IsError || issue.Code != IssueCodes.GeometryInvalid)
            return issue;
        string name = feature.Text("name") is { } text ? $" '{text}'" : "";
        return issue with
        {
            Severity = IssueSeverity.Warning,
            Message = $"{issue.Message}; feature{name} stored as it is (invalid geometries allowed): 'check topology' reports it",
        };
    }

    /// <summary>The writing thread, in input order: ids, the report, and the write itself.</summary>
    private void ImportOne(WriteSession session, Prepared prepared)
    {
        var candidate = prepared.Candidate;
        string id = prepared.Id;
        var issues = prepared.Issues;
        bool exists = CheckId(session, candidate, id, issues);

        int errorCount = 0;
        foreach (var issue in issues)
        {
            if (issue.IsError)
                errorCount++;
        }
        if (errorCount < issues.Count)
            report.Warn(candidate, candidate.Id, issues.Where(i => !i.IsError));
        if (errorCount > 0)
        {
            var errors = issues.Where(i => i.IsError).ToArray();
            if (options.SkipInvalid)
                report.Skip(candidate, candidate.Id, errors);
            else
                report.Fail(candidate, candidate.Id, errors);
            if (report.HasErrors && !options.SkipInvalid)
                writingStopped = true;
            return;
        }
        if (options.DryRun)
        {
            CountWithoutWriting(exists);
            return;
        }
        if (report.HasErrors && !options.SkipInvalid)
            return; // all or nothing: the session will roll back, so writing more is wasted work

        var encoded = prepared.Encoded
            ?? throw new InvalidOperationException($"checked feature {candidate.Where} was not encoded");
        if (exists)
        {
            session.Replace(table, encoded, HistoryOperation.Replace);
            report.Replaced++;
            return;
        }

        var outcome = session.Insert(table, encoded, knownAbsent: id.Length > 0);
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

    /// <summary>Adds the id errors to <paramref name="issues"/>; true when the id is already stored (and may be replaced).</summary>
    private bool CheckId(WriteSession session, FeatureCandidate candidate, string id, List<ValidationIssue> issues)
    {
        if (id.Length == 0)
            return false;
        if (seen.TryGetValue(id, out var first))
        {
            issues.Add(ValidationIssue.Error(StoreIssueCodes.IdDuplicate, first.Assigned
                ? $"id \"{id}\" was already assigned by the store to feature #{first.Index}, which had no id"
                : $"id \"{id}\" is used twice in the input (first by feature #{first.Index})"));
            return false;
        }

        seen[id] = (candidate.Index, false);
        bool exists = session.Exists(table, id);
        if (exists && !options.Replace)
        {
            issues.Add(ValidationIssue.Error(StoreIssueCodes.IdExists,
                $"id \"{id}\" is already in layer '{table.Name}' (import with --replace to overwrite it)"));
        }
        return exists;
    }
}
