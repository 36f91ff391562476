namespace EcoSpace.Data.History;

/// <summary>What a write did to a feature; stored in ecospace_history.operation in lower case.</summary>
public enum HistoryOperation
{
    /// <summary>A new feature (import or single insert).</summary>
    Insert,
    /// <summary>An import with Replace overwrote a feature of the same id.</summary>
    Replace,
    /// <summary>A single-feature edit.</summary>
    Update,
    /// <summary>The feature was deleted; the after-state is null.</summary>
    Delete,
}
