using EcoSpace.Core.Features;

namespace EcoSpace.Data.History;

/// <summary>
/// One version of one feature: who wrote it when, in which commit (<see cref="DataVersion"/>), and
/// the feature before and after (null before an insert and after a delete). <see cref="Before"/>
/// is the previous entry's <see cref="After"/>: the store keeps each state once.
/// </summary>
public sealed record HistoryEntry(
    string Kind,
    string Id,
    long Version,
    HistoryOperation Operation,
    string User,
    DateTimeOffset At,
    long DataVersion,
    EcoFeature? Before,
    EcoFeature? After);
