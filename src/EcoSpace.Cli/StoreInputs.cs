using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Schema;
using EcoSpace.Data;

namespace EcoSpace.Cli;

/// <summary>Reads what a computation needs from the store: the features of a kind, the ratio inputs.</summary>
public static class StoreInputs
{
    public static IReadOnlyList<EcoFeature> Features(FeatureStore store, string kind) =>
        store.ReadAll(kind).Select(f => f.Feature).ToArray();

    /// <summary>
    /// The segments of <paramref name="segmentKind"/>, the admin regions and bays, stamped with the
    /// data version they were read at (one read snapshot) and the time.
    /// </summary>
    public static RatioInputs Ratio(FeatureStore store, string segmentKind)
    {
        using var snapshot = store.ReadSnapshot();
        return new RatioInputs(Features(store, segmentKind),
            Features(store, KindCatalog.AdminRegion),
            segmentKind == KindCatalog.Shoreline ? Features(store, KindCatalog.Bay) : [],
            new Provenance(store.DataVersion, DateTimeOffset.UtcNow));
    }
}
