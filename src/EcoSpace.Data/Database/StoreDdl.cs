using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.History;
using EcoSpace.Data.Meta;
using EcoSpace.Data.Settings;
using EcoSpace.Data.Snapshots;

namespace EcoSpace.Data.Database;

/// <summary>Every statement that makes an empty store: GeoPackage core, one table per kind, meta, history, settings, snapshots.</summary>
internal static class StoreDdl
{
    public static IEnumerable<string> Statements() =>
        CoreTablesDdl.Statements()
            .Concat(KindTable.All.SelectMany(KindTableDdl.Statements))
            .Concat(MetaDdl.Statements())
            .Concat(HistoryDdl.Statements())
            .Concat(SettingsDdl.Statements())
            .Concat(SnapshotsDdl.Statements());
}
