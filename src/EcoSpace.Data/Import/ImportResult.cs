namespace EcoSpace.Data.Import;

/// <summary>
/// What an import did. <see cref="Committed"/> is false when any feature had an error and
/// SkipInvalid was off: then nothing was stored and <see cref="Errors"/> says why. A dry run is
/// never committed; its counts say what the import would do. Lists hold at most
/// <see cref="ImportOptions.MaxListed"/> entries; the counts are exact.
/// </summary>
public sealed record ImportResult
{
    public required string Kind { get; init; }

    public bool Committed { get; init; }

    /// <summary>Candidates read from the input.</summary>
    public int Read { get; init; }

    public int Inserted { get; init; }

    public int Replaced { get; init; }

    public int Skipped { get; init; }

    public IReadOnlyList<ImportIssue> Errors { get; init; } = [];

    public int ErrorCount { get; init; }

    public IReadOnlyList<ImportIssue> Warnings { get; init; } = [];

    public int WarningCount { get; init; }

    public IReadOnlyList<SkippedFeature> SkippedFeatures { get; init; } = [];

    /// <summary>The store's data version after the import (unchanged when nothing was written).</summary>
    public long DataVersion { get; init; }
}
