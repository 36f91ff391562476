using EcoSpace.Core.Features;

namespace EcoSpace.Data;

/// <summary>A feature as stored, with its version (1 on insert, +1 on every write; the ETag of the web API).</summary>
public sealed record StoredFeature(EcoFeature Feature, long Version)
{
    public string Id => Feature.Id;
}
