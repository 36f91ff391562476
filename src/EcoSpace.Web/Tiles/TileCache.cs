using Microsoft.Extensions.Caching.Memory;

namespace EcoSpace.Web.Tiles;

/// <summary>
/// Encoded tiles in memory, keyed by kind, layer state (<see cref="TileLayer.Key"/>) and z/x/y, so a
/// tile is made once per layer state; at most 256 MB of tiles, the least recently used go first.
/// </summary>
public sealed class TileCache : IDisposable
{
    private const long MaxBytes = 256L * 1024 * 1024;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes, CompactionPercentage = 0.25 });

    public byte[] GetOrBuild(string kind, string layerKey, int z, int x, int y, Func<byte[]> build)
    {
        var key = (kind, layerKey, z, x, y);
        if (cache.TryGetValue(key, out byte[]? tile) && tile is not null)
            return tile;
        tile = build();
        cache.Set(key, tile, new MemoryCacheEntryOptions { Size = Math.Max(1, tile.Length) });
        return tile;
    }

    public void Dispose() => cache.Dispose();
}
