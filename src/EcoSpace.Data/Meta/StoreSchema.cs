namespace EcoSpace.Data.Meta;

/// <summary>The version of the store's own tables (not the GeoPackage version).</summary>
public static class StoreSchema
{
    /// <summary>
    /// The schema version this build writes and the newest it can open. 2 added ecospace_settings, 3 ecospace_snapshots, 4 the triggers that keep ecospace_history append-only;
    /// older stores are brought up to date when opened (<see cref="Database.StoreMigration"/>).
    /// </summary>
    public const int Version = 4;
}
