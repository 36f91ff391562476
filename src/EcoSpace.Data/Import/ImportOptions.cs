namespace EcoSpace.Data.Import;

/// <summary>How <see cref="FeatureStore.Import"/> treats bad features and ids already stored.</summary>
public sealed record ImportOptions
{
    /// <summary>Store the valid features and list the invalid ones, instead of storing nothing.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>
    /// Store features whose only errors are OGC validity errors of their geometry
    /// (<see cref="Core.Validation.IssueCodes.GeometryInvalid"/>: self-intersection, ring and hole
    /// problems, collapsed rings), each reported as a warning that names the feature and the
    /// location, so that real-world data can be stored and then checked with <c>check topology</c>.
    /// Every other rule is unchanged: a wrong geometry type, an empty geometry, coordinates out of
    /// range or not finite, a bad code or date stay errors.
    /// </summary>
    public bool AllowInvalidGeometry { get; init; }

    /// <summary>Overwrite stored features of the same id (history operation <c>replace</c>) instead of failing.</summary>
    public bool Replace { get; init; }

    /// <summary>
    /// Check everything a real import checks (validation, ids against the store and the input) and
    /// count what it would do, but write nothing: <see cref="ImportResult.Committed"/> stays false.
    /// </summary>
    public bool DryRun { get; init; }

    /// <summary>Who imports, for the history.</summary>
    public string User { get; init; } = Environment.UserName;

    /// <summary>Called with the number of candidates read so far (every 256 and at the end).</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>At most this many errors, warnings and skipped features are listed; the counts are exact.</summary>
    public int MaxListed { get; init; } = 1000;
}
