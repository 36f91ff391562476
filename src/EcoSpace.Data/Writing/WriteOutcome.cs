using EcoSpace.Data.Editing;

namespace EcoSpace.Data.Writing;

/// <summary>
/// The result of one write: the id (assigned when the feature had none) and the version: the new
/// one when <see cref="EditStatus.Done"/>, the stored one on a version mismatch or an existing id.
/// </summary>
internal readonly record struct WriteOutcome(EditStatus Status, string Id, long Version);
