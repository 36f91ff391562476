using EcoSpace.Core.Features;
using EcoSpace.Core.Validation;

namespace EcoSpace.Data.Import;

/// <summary>Collects an import's counts and (capped) lists while it runs; builds the result.</summary>
internal sealed class ImportReport(string kind, int maxListed)
{
    private readonly List<ImportIssue> errors = [];
    private readonly List<ImportIssue> warnings = [];
    private readonly List<SkippedFeature> skipped = [];
    private int errorCount, warningCount, skippedCount;

    public int Read { get; set; }

    public int Inserted { get; set; }

    public int Replaced { get; set; }

    public bool HasErrors => errorCount > 0;

    public void Warn(FeatureCandidate candidate, string? id, IEnumerable<ValidationIssue> issues)
    {
        foreach (var issue in issues)
        {
            if (warningCount++ < maxListed)
                warnings.Add(new ImportIssue(candidate.Index, id, candidate.Where, issue));
        }
    }

    public void Fail(FeatureCandidate candidate, string? id, IEnumerable<ValidationIssue> issues)
    {
        foreach (var issue in issues)
        {
            if (errorCount++ < maxListed)
                errors.Add(new ImportIssue(candidate.Index, id, candidate.Where, issue));
        }
    }

    public void Skip(FeatureCandidate candidate, string? id, IReadOnlyList<ValidationIssue> reasons)
    {
        if (skippedCount++ < maxListed)
            skipped.Add(new SkippedFeature(candidate.Index, id, candidate.Where, reasons));
    }

    /// <param name="counted">Whether the inserts and replaces counted happened (or would, in a dry run).</param>
    public ImportResult Result(bool committed, bool counted, long dataVersion) => new()
    {
        Kind = kind,
        Committed = committed,
        Read = Read,
        Inserted = counted ? Inserted : 0,
        Replaced = counted ? Replaced : 0,
        Skipped = skippedCount,
        Errors = errors,
        ErrorCount = errorCount,
        Warnings = warnings,
        WarningCount = warningCount,
        SkippedFeatures = skipped,
        DataVersion = dataVersion,
    };
}
