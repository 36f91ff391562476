using System.Collections.Concurrent;
using System.Globalization;
using EcoSpace.Data;

namespace EcoSpace.Web.Hosting;

/// <summary>
/// The state of one layer as a short key (its last EcoSpace write and its feature count), for what is
/// computed from one layer and kept until that layer changes: vertex counts, prepared tile layers,
/// tiles. Finding a kind's last write scans its history, so the key is remembered per project data
/// version (one row to read): it is recomputed only after a write, and stays the same for layers the
/// write did not touch.
/// </summary>
public sealed class LayerStates
{
    private readonly ConcurrentDictionary<string, (long DataVersion, string Key)> known = new();

    public string Key(FeatureStore store, string kind)
    {
        using var snapshot = store.ReadSnapshot();
        long dataVersion = store.DataVersion;
        if (known.TryGetValue(kind, out var entry) && entry.DataVersion == dataVersion)
            return entry.Key;
        string key = string.Create(CultureInfo.InvariantCulture, $"{store.LastChange(kind)}.{store.Count(kind)}");
        known[kind] = (dataVersion, key);
        return key;
    }
}
