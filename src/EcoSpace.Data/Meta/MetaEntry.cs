namespace EcoSpace.Data.Meta;

/// <summary>A row of ecospace_meta: one store-wide setting (schema version, data version, …).</summary>
internal sealed class MetaEntry
{
    public const string Table = "ecospace_meta";
    public const string SchemaVersionKey = "schema_version";
    public const string DataVersionKey = "data_version";
    public const string CreatedByKey = "created_by";

    public required string Key { get; set; }

    public required string Value { get; set; }
}
