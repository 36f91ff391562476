using System.Collections.Concurrent;
using EcoSpace.Data;
using EcoSpace.Web.Hosting;

namespace EcoSpace.Web.Ogc;

/// <summary>
/// Vertex counts per layer for the collections' <c>vertex_count</c> (the client serves a layer as
/// vector tiles above 200 000). Counting reads every geometry, so a count is kept until the layer
/// changes (<see cref="LayerStates"/>).
/// </summary>
public sealed class LayerStatistics(LayerStates states)
{
    private readonly ConcurrentDictionary<string, (string State, long Vertices)> known = new();

    public long VertexCount(FeatureStore store, string kind)
    {
        string state = states.Key(store, kind);
        if (known.TryGetValue(kind, out var entry) && entry.State == state)
            return entry.Vertices;
        long vertices = store.VertexCount(kind);
        known[kind] = (state, vertices);
        return vertices;
    }
}
