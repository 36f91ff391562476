using EcoSpace.Core.Validation;
using System.Collections.Concurrent;
using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace EcoSpace.Core.Overlay;

/// <summary>
/// Finds where features overlap and measures the overlap geodesically: an STRtree over one side's
/// envelopes; for two polygons, both cut to their common envelope (<see cref="ClippedPolygons"/>)
/// and overlaid with OverlayNG (robust); for lines, a prepared geometry for the exact intersects test
/// and OverlayNG on the whole geometries; then <see cref="GeodesicMeasure"/>.
/// Pairs are worked on all cores; results come back in input order, so they do not depend on the
/// core count. An invalid input geometry is repaired (NTS GeometryFixer) for the overlay only, with
/// a warning naming it: validation reports it separately.
/// </summary>
public static class Overlaps
{
    /// <summary>Every pair (a from <paramref name="a"/>, b from <paramref name="b"/>) that overlaps, when <paramref name="consider"/> allows the pair.</summary>
    public static OverlapResult Between(IReadOnlyList<EcoFeature> a, IReadOnlyList<EcoFeature> b, OverlapOptions? options = null,
        Func<EcoFeature, EcoFeature, bool>? consider = null) =>
        Find(a, b, sameSet: false, options ?? OverlapOptions.Default, consider);

    /// <summary>Every pair of different features of one set that overlap (each pair once, earlier feature as A).</summary>
    public static OverlapResult Within(IReadOnlyList<EcoFeature> features, OverlapOptions? options = null) =>
        Find(features, features, sameSet: true, options ?? OverlapOptions.Default, null);

    private static OverlapResult Find(IReadOnlyList<EcoFeature> a, IReadOnlyList<EcoFeature> b, bool sameSet, OverlapOptions options,
        Func<EcoFeature, EcoFeature, bool>? consider)
    {
        var warnings = new ConcurrentBag<string>();
        var usableA = Usable(a, options, warnings);
        var usableB = sameSet ? usableA : Usable(b, options, warnings);
        var clippedA = Clippable(a, usableA);
        var clippedB = sameSet ? clippedA : Clippable(b, usableB);

        var found = new ConcurrentBag<(int I, int J, Overlap Overlap)>();
        int slivers = 0;
        // The biggest pairs first, one at a time per core, so that no core is left with a big one at the end.
        var pairs = Candidates(a, b, sameSet, consider).OrderByDescending(p => a[p.I].Geometry.NumPoints + b[p.J].Geometry.NumPoints).ToArray();
        // Prepared geometries (lines' exact intersects test) are not safe to share between threads: one per thread.
        using var prepared = new ThreadLocal<Dictionary<int, IPreparedGeometry>>(() => []);
        Parallel.ForEach(Partitioner.Create(pairs, EnumerablePartitionerOptions.NoBuffering), pair =>
        {
            var (i, j) = pair;
            if (usableA[i]?.Value is not { } geometryA || usableB[j]?.Value is not { } geometryB)
                return;
            Geometry? sharedGeometry;
            if (clippedA[i] is { } polygonsA && clippedB[j] is { } polygonsB)
            {
                sharedGeometry = ClippedIntersection(geometryA, polygonsA.Value, geometryB, polygonsB.Value);
            }
            else
            {
                var preparedOnThisThread = prepared.Value!;
                if (!preparedOnThisThread.TryGetValue(i, out var preparedA))
                    preparedOnThisThread[i] = preparedA = PreparedGeometryFactory.Prepare(geometryA);
                if (!preparedA.Intersects(geometryB))
                    return;
                sharedGeometry = null;
            }
            sharedGeometry ??= WholeIntersection(a[i], geometryA, b[j], geometryB, warnings);
            if (sharedGeometry is null)
                return;
            var (shared, area, length, sliver) = Measure(geometryA, geometryB, sharedGeometry, options);
            if (shared is not null)
                found.Add((i, j, new Overlap(a[i], b[j], shared, area, length)));
            else if (sliver)
                Interlocked.Increment(ref slivers);
        });

        var overlaps = found.OrderBy(f => f.I).ThenBy(f => f.J).Select(f => f.Overlap).ToArray();
        return new OverlapResult(overlaps, slivers, warnings.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The pairs whose envelopes meet (an STRtree over b), each pair once for one set, as <paramref name="consider"/> allows.</summary>
    private static List<(int I, int J)> Candidates(IReadOnlyList<EcoFeature> a, IReadOnlyList<EcoFeature> b, bool sameSet,
        Func<EcoFeature, EcoFeature, bool>? consider)
    {
        var index = new STRtree<int>();
        for (int j = 0; j < b.Count; j++)
        {
            if (Overlaid(b[j].Geometry))
                index.Insert(b[j].Geometry.EnvelopeInternal, j);
        }
        index.Build();
        var pairs = new List<(int I, int J)>();
        for (int i = 0; i < a.Count; i++)
        {
            if (!Overlaid(a[i].Geometry))
                continue;
            foreach (int j in index.Query(a[i].Geometry.EnvelopeInternal))
            {
                if ((!sameSet || j > i) && (consider is null || consider(a[i], b[j])))
                    pairs.Add((i, j));
            }
        }
        return pairs;
    }

    private static bool Overlaid(Geometry geometry) => !geometry.IsEmpty && geometry.Dimension != Dimension.Point;

    /// <summary>
    /// Both polygons cut to a hair more than their common envelope, then overlaid; null when the cut
    /// could mislead OverlayNG (see <see cref="ClippedPolygons"/>) or OverlayNG fails on the cut
    /// inputs: the caller then overlays the whole geometries.
    /// </summary>
    private static Geometry? ClippedIntersection(Geometry a, ClippedPolygons clippedA, Geometry b, ClippedPolygons clippedB)
    {
        var box = a.EnvelopeInternal.Intersection(b.EnvelopeInternal);
        box.ExpandBy(1e-9 * Math.Max(1, Math.Max(box.Width, box.Height)));
        if (clippedA.To(box) is not { } cutA || clippedB.To(box) is not { } cutB)
            return null;
        try
        {
            return OverlayNGRobust.Overlay(cutA, cutB, SpatialFunction.Intersection);
        }
        catch (TopologyException)
        {
            return null;
        }
    }

    /// <summary>The intersection of the whole geometries; null, with a warning naming both, when even robust OverlayNG fails.</summary>
    private static Geometry? WholeIntersection(EcoFeature featureA, Geometry a, EcoFeature featureB, Geometry b, ConcurrentBag<string> warnings)
    {
        try
        {
            return OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection);
        }
        catch (TopologyException e)
        {
            warnings.Add($"{featureA.Kind} {featureA.Id} and {featureB.Kind} {featureB.Id}: the overlap could not be computed ({e.Message}); not checked");
            return null;
        }
    }

    /// <summary>The shared geometry and its size; null when the two only touch; Sliver when it is below tolerance.</summary>
    private static (Geometry? Shared, double? Area, double? Length, bool Sliver) Measure(Geometry a, Geometry b, Geometry shared, OverlapOptions options)
    {
        if (a.Dimension == Dimension.Surface && b.Dimension == Dimension.Surface)
        {
            var areal = Polygonal(shared);
            if (areal.IsEmpty)
                return (null, null, null, false);
            double area = GeodesicMeasure.AreaSquareMeters(areal, options.Ellipsoid);
            return area < options.SliverAreaSquareMeters ? (null, null, null, area > 0) : (areal, area, null, false);
        }

        var linear = Lineal(shared);
        if (linear.IsEmpty)
            return (null, null, null, false);
        double length = GeodesicMeasure.LengthMeters(linear, options.Ellipsoid);
        return length < options.SliverLengthMeters ? (null, null, null, length > 0) : (linear, null, length, false);
    }

    private static Geometry Polygonal(Geometry geometry) => Parts(geometry, Dimension.Surface);

    private static Geometry Lineal(Geometry geometry) => Parts(geometry, Dimension.Curve);

    /// <summary>The parts of one dimension of an overlay result (which may mix points, lines and polygons).</summary>
    private static Geometry Parts(Geometry geometry, Dimension dimension)
    {
        if (geometry.Dimension == dimension && geometry is not GeometryCollection { GeometryType: "GeometryCollection" })
            return geometry;
        var parts = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).Where(g => g.Dimension == dimension).ToArray();
        return geometry.Factory.BuildGeometry(parts);
    }

    /// <summary>The polygons prepared for clipping (built once each, when first needed); null for other geometries.</summary>
    private static Lazy<ClippedPolygons>?[] Clippable(IReadOnlyList<EcoFeature> features, Lazy<Geometry>?[] usable) =>
        usable.Select((geometry, i) => geometry is not null && features[i].Geometry.Dimension == Dimension.Surface
            ? new Lazy<ClippedPolygons>(() => new ClippedPolygons(geometry.Value), LazyThreadSafetyMode.ExecutionAndPublication)
            : null).ToArray();

    /// <summary>
    /// Each feature's geometry as overlay takes it (null: empty or a point), invalid polygons repaired
    /// (<see cref="PolygonRepair"/>) when first needed, with a warning.
    /// </summary>
    private static Lazy<Geometry>?[] Usable(IReadOnlyList<EcoFeature> features, OverlapOptions options, ConcurrentBag<string> warnings)
    {
        var usable = new Lazy<Geometry>?[features.Count];
        Parallel.For(0, features.Count, i =>
        {
            var feature = features[i];
            var geometry = feature.Geometry;
            if (!Overlaid(geometry))
                return;
            bool invalid = geometry.Dimension == Dimension.Surface && (options.KnownInvalid is { } knownInvalid
                ? knownInvalid(feature)
                : options.RepairInvalid && !GeometryChecks.IsValid(geometry));
            if (!invalid)
            {
                usable[i] = new Lazy<Geometry>(geometry);
                return;
            }
            string name = feature.HasId ? feature.Id : feature.Text("name") ?? $"#{i + 1}";
            warnings.Add($"{feature.Kind} {name} is not a valid polygon; overlaps were computed on a repaired copy (NTS GeometryFixer's result)");
            usable[i] = new Lazy<Geometry>(() => PolygonRepair.Repair(geometry), LazyThreadSafetyMode.ExecutionAndPublication);
        });
        return usable;
    }
}
