namespace EcoSpace.Data.History;

/// <summary>
/// A row of ecospace_history: one version of one feature, its after-state (null for a delete)
/// and the data version of the commit that wrote it. The before-state is the previous version's row.
/// </summary>
internal sealed class HistoryRow
{
    public const string Table = "ecospace_history";

    public long Seq { get; set; }

    public long DataVersion { get; set; }

    public required string Kind { get; set; }

    public required string FeatureId { get; set; }

    public long Version { get; set; }

    public required string Operation { get; set; }

    public required string User { get; set; }

    /// <summary>UTC ISO 8601, e.g. 2025-03-01T08:00:00.000Z.</summary>
    public required string At { get; set; }

    public byte[]? Geom { get; set; }

    /// <summary>All properties as a JSON object, in the order the store reads them back.</summary>
    public string? Properties { get; set; }
}
