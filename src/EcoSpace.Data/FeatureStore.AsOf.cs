using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.Snapshots;

namespace EcoSpace.Data;

public sealed partial class FeatureStore
{
    /// <summary>
    /// Every feature of the kind as it was at <paramref name="dataVersion"/> (a snapshot's, or any past
    /// one), rebuilt from the history: per id the newest version written at or before it, deletes
    /// left out; in the order the features were first inserted. Streamed like <see cref="ReadAll"/>.
    /// Features another tool wrote without history are missing (see <see cref="UntrackedFeatures"/>).
    /// </summary>
    public IEnumerable<StoredFeature> ReadAllAsOf(string kind, long dataVersion) =>
        AsOfReader.ReadAll(connection, KindTable.For(kind), dataVersion);

    /// <summary>How many features each kind had at <paramref name="dataVersion"/>, by the history (kinds with none left out).</summary>
    public IReadOnlyDictionary<string, long> CountAsOf(long dataVersion) => AsOfReader.Count(connection, dataVersion);
}
