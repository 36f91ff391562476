using System.Collections.Concurrent;
using System.Diagnostics;
using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Overlay;
using EcoSpace.Core.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace EcoSpace.Core.Topology;

/// <summary>
/// The topology rule of DOMAIN.md §4 on the features of one kind: geometries that are not OGC valid
/// (NTS IsValidOp, with the kind of problem and its coordinate), features overlapping each other
/// (polygons: shared area in m²; lines: shared length in m, i.e. length counted twice), and exact
/// duplicates (the same geometry, equal or reversed). Overlaps are <see cref="Overlaps.Within"/>'s,
/// with its sliver tolerances; validity is checked on all cores, largest geometries first.
/// </summary>
public static class TopologyCheck
{
    public static TopologyResult Run(IReadOnlyList<EcoFeature> features, TopologyOptions? options = null)
    {
        options ??= TopologyOptions.Default;
        if (features.Select(f => f.Kind).Distinct().Skip(1).Any())
            throw new ArgumentException("topology is checked within one kind; the features given are of several", nameof(features));

        var clock = Stopwatch.StartNew();
        var invalid = Invalid(features);
        var validityTime = clock.Elapsed;

        clock.Restart();
        var duplicatePairs = DuplicateFinder.Find(features);
        var ellipsoid = options.Overlaps.Ellipsoid;
        var duplicates = duplicatePairs.Select(p => Duplicate(features[p.I], features[p.J], p.Match, ellipsoid)).ToArray();
        var duplicatesTime = clock.Elapsed;

        // Validity is known now: Overlaps.Within need not check it again, only repair the invalid polygons (when a pair needs them).
        clock.Restart();
        var invalidSet = invalid.Select(i => i.Feature).ToHashSet(ReferenceEqualityComparer.Instance);
        var found = Overlaps.Within(features, options.Overlaps with { KnownInvalid = invalidSet.Contains });
        var index = new Dictionary<EcoFeature, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < features.Count; i++)
            index.TryAdd(features[i], i);
        var duplicateSet = duplicatePairs.Select(p => (p.I, p.J)).ToHashSet();
        var overlaps = found.Overlaps
            .Select(o => (I: index[o.A], J: index[o.B], Overlap: o))
            .Where(o => !duplicateSet.Contains((o.I, o.J)))
            .Select(o => new TopologyOverlap(features[o.I], features[o.J], o.Overlap.Shared, o.Overlap.AreaSquareMeters, o.Overlap.LengthMeters,
                PointOf(o.Overlap.Shared)))
            .ToArray();
        var overlapsTime = clock.Elapsed;

        return new TopologyResult(invalid, overlaps, duplicates, found.SliversDropped, found.Warnings,
            new TopologyTimings(validityTime, overlapsTime, duplicatesTime));
    }

    /// <summary>IsValidOp on every feature, in parallel; the biggest first so that no core is left with one at the end.</summary>
    private static InvalidGeometry[] Invalid(IReadOnlyList<EcoFeature> features)
    {
        var verdicts = new ValidityVerdict[features.Count];
        var largestFirst = Enumerable.Range(0, features.Count).OrderByDescending(i => features[i].Geometry.NumPoints).ToArray();
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), i =>
        {
            var geometry = features[i].Geometry;
            verdicts[i] = geometry.IsEmpty ? ValidityVerdict.Valid : GeometryChecks.Validity(geometry);
        });
        return verdicts
            .Select((verdict, i) => verdict switch
            {
                { Error: { } error } => new InvalidGeometry(features[i], Code(error), error.Message, error.Coordinate),
                { Failure: { } failure } => new InvalidGeometry(features[i], "validity_unknown", failure, null),
                _ => null,
            })
            .OfType<InvalidGeometry>()
            .ToArray();
    }

    private static DuplicateGeometry Duplicate(EcoFeature a, EcoFeature b, DuplicateMatch match, Ellipsoid ellipsoid)
    {
        var geometry = a.Geometry;
        bool areal = geometry.Dimension == Dimension.Surface;
        return new DuplicateGeometry(a, b, match,
            areal ? GeodesicMeasure.AreaSquareMeters(geometry, ellipsoid) : null,
            areal ? null : GeodesicMeasure.LengthMeters(geometry, ellipsoid),
            PointOf(geometry));
    }

    /// <summary>A point of the geometry (inside an area, on a line) to show where a problem is.</summary>
    private static Coordinate PointOf(Geometry geometry) => geometry.InteriorPoint.Coordinate;

    /// <summary>NTS's error kind as a stable snake_case code: SelfIntersection → self_intersection.</summary>
    private static string Code(TopologyValidationError error) =>
        string.Concat(((TopologyValidationErrors)error.ErrorType).ToString()
            .Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
