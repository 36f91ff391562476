using System.Collections.Concurrent;
using EcoSpace.Data;
using EcoSpace.Web.Hosting;

namespace EcoSpace.Web.Tiles;

/// <summary>
/// The prepared <see cref="TileLayer"/> of each kind, kept while the layer is unchanged
/// (<see cref="LayerStates"/>), rebuilt on the first tile request after an edit to it. One build at a
/// time per kind; requests for the same kind wait for it. Edits to other layers leave it valid.
/// </summary>
public sealed class TileLayers(LayerStates states)
{
    private readonly ConcurrentDictionary<string, TileLayer> built = new();
    private readonly ConcurrentDictionary<string, object> gates = new();

    /// <summary>The layer state a prepared layer and its tiles are keyed by.</summary>
    public string KeyOf(FeatureStore store, string kind) => states.Key(store, kind);

    public TileLayer Get(FeatureStore store, string kind, string key)
    {
        if (built.TryGetValue(kind, out var layer) && layer.Key == key)
            return layer;
        lock (gates.GetOrAdd(kind, _ => new object()))
        {
            if (built.TryGetValue(kind, out layer) && layer.Key == key)
                return layer;
            using (store.ReadSnapshot())
                layer = TileLayer.Build(kind, KeyOf(store, kind), store.ReadAll(kind));
            built[kind] = layer;
            return layer;
        }
    }
}
