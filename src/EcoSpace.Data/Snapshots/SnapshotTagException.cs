namespace EcoSpace.Data.Snapshots;

/// <summary>A snapshot tag that cannot be used: not a valid tag, or already taken. Nothing was written.</summary>
public sealed class SnapshotTagException(string message) : Exception(message);
