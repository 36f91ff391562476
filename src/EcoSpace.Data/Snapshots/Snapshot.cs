namespace EcoSpace.Data.Snapshots;

/// <summary>
/// A named moment of the project: <see cref="Tag"/> stands for <see cref="DataVersion"/>, and every
/// feature as it was then is read back from the history (<see cref="FeatureStore.ReadAllAsOf"/>).
/// <see cref="Untracked"/>: per kind, the ids of features that had no matching history row when the
/// snapshot was taken (added or changed by another tool, e.g. QGIS): the snapshot lacks their state.
/// </summary>
public sealed record Snapshot(
    string Tag,
    string? Note,
    string User,
    DateTimeOffset At,
    long DataVersion,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Untracked);
