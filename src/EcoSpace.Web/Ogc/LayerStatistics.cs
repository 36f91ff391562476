using System.Collections.Concurrent;
using EcoSpace.Data;

namespace EcoSpace.Web.Ogc;

/// <summary>
/// Vertex counts per layer for the collections' <c>vertex_count</c> (the client serves a layer as
/// vector tiles above 200 000). Counting reads every geometry, so a count is kept until the layer
/// changes: keyed by the layer's last change and feature count.
/// </summary>
public sealed class LayerStatistics
{
    private readonly ConcurrentDictionary<string, (long LastChange, long Count, long Vertices)> known = new();

    public long VertexCount(FeatureStore store, string kind, long count)
    {
        long lastChange = store.LastChange(kind);
        if (known.TryGetValue(kind, out var entry) && entry.LastChange == lastChange && entry.Count == count)
            return entry.Vertices;
        long vertices = store.VertexCount(kind);
        known[kind] = (lastChange, count, vertices);
        return vertices;
    }
}
