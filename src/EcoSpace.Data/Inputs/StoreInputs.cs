using System.Diagnostics;
using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Schema;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Inputs;

/// <summary>
/// Reads what a computation needs from the store: the features of a kind, the ratio inputs, the
/// conflict inputs. Shared by the CLI's commands and the web API, so both compute on the same reads.
/// </summary>
public static class StoreInputs
{
    // Segments are measured in batches of this many while the rest are still being read.
    private const int SegmentsPerBatch = 512;

    public static IReadOnlyList<EcoFeature> Features(FeatureStore store, string kind) =>
        store.ReadAll(kind).Select(f => f.Feature).ToArray();

    /// <summary>
    /// The segments of <paramref name="segmentKind"/> with their lengths on <paramref name="ellipsoid"/>,
    /// the admin regions and bays, stamped with the data version they were read at (one read snapshot)
    /// and the time. Segments are measured on the thread pool while the reader goes on, so reading and
    /// measuring overlap; <paramref name="measuring"/> receives the time spent measuring.
    /// </summary>
    public static RatioInputs Ratio(FeatureStore store, string segmentKind, Ellipsoid ellipsoid, out TimeSpan measuring)
    {
        using var snapshot = store.ReadSnapshot();
        var segments = new List<EcoFeature>();
        var batches = new List<Task<(double[] Meters, TimeSpan Took)>>();
        var batch = new List<Geometry>(SegmentsPerBatch);
        foreach (var stored in store.ReadAll(segmentKind))
        {
            segments.Add(stored.Feature);
            batch.Add(stored.Feature.Geometry);
            if (batch.Count == SegmentsPerBatch)
            {
                batches.Add(Measure(batch.ToArray(), ellipsoid));
                batch.Clear();
            }
        }
        batches.Add(Measure(batch.ToArray(), ellipsoid));

        var inputs = new RatioInputs(segments,
            Features(store, KindCatalog.AdminRegion),
            segmentKind == KindCatalog.Shoreline ? Features(store, KindCatalog.Bay) : [],
            new Provenance(store.DataVersion, DateTimeOffset.UtcNow));
        Task.WaitAll(batches);
        measuring = TimeSpan.FromTicks(batches.Sum(b => b.Result.Took.Ticks));
        return inputs with { Lengths = new SegmentLengths(ellipsoid, batches.SelectMany(b => b.Result.Meters).ToArray()) };
    }

    /// <summary>
    /// The layers the conflict rules read, stamped with the store's data version now. Call inside a
    /// <see cref="FeatureStore.ReadSnapshot"/> so that every layer and the version are one state.
    /// </summary>
    public static ConflictInputs Conflicts(FeatureStore store) =>
        ConflictInputs.From(ConflictInputs.Kinds.SelectMany(kind => Features(store, kind)),
            new Provenance(store.DataVersion, DateTimeOffset.UtcNow));

    private static Task<(double[] Meters, TimeSpan Took)> Measure(Geometry[] geometries, Ellipsoid ellipsoid) =>
        Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            return (GeodesicMeasure.LengthsMeters(geometries, ellipsoid), clock.Elapsed);
        });
}
