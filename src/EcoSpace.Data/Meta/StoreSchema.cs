namespace EcoSpace.Data.Meta;

/// <summary>The version of the store's own tables (not the GeoPackage version).</summary>
public static class StoreSchema
{
    /// <summary>The schema version this build writes and the newest it can open.</summary>
    public const int Version = 1;
}
