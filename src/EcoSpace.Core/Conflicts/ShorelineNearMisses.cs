using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;
using EcoSpace.Core.Overlay;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// "Within a tolerance" of <c>shoreline_occupied</c> (DOMAIN.md §4), the half that is not a
/// conflict. A natural segment is occupied, and its occupied length measured, by the part of it
/// inside or on the edge of the development polygon (as layers/tools/make_sample.py measures it):
/// at least <see cref="ConflictOptions.SliverLengthMeters"/> (0.5 m) of it. A polygon drawn along
/// the coast but left a few decimetres off the line has no length inside, so it is not flagged;
/// this finds such pairs (the segment comes within the tolerance of the polygon, less than the
/// tolerance of it lies inside) and names them in a warning, so the planner can snap the edge.
/// The distance test is planar in degrees with the tolerance turned into degrees of longitude at
/// the polygon's highest latitude: exact east-west, generous north-south (about 0.61 m for 0.5 m at
/// 35° N), which is what a warning wants.
/// </summary>
internal static class ShorelineNearMisses
{
    public static IEnumerable<string> Find(IReadOnlyList<EcoFeature> developments, IReadOnlyList<EcoFeature> segments,
        IReadOnlyList<Overlap> occupied, ConflictOptions options)
    {
        if (developments.Count == 0 || segments.Count == 0)
            return [];
        var flagged = occupied.Select(o => (o.A.Id, o.B.Id)).ToHashSet();
        var index = new STRtree<EcoFeature>();
        foreach (var segment in segments.Where(s => !s.Geometry.IsEmpty))
            index.Insert(segment.Geometry.EnvelopeInternal, segment);
        index.Build();

        var warnings = new List<string>();
        foreach (var development in developments.Where(d => !d.Geometry.IsEmpty))
        {
            var envelope = development.Geometry.EnvelopeInternal;
            double degrees = DegreesOfLongitude(options.SliverLengthMeters, Math.Max(Math.Abs(envelope.MinY), Math.Abs(envelope.MaxY)), options.Ellipsoid);
            var search = envelope.Copy();
            search.ExpandBy(degrees);
            foreach (var segment in index.Query(search).OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                if (flagged.Contains((development.Id, segment.Id)) || !development.Geometry.IsWithinDistance(segment.Geometry, degrees))
                    continue;
                warnings.Add($"development {development.Id} comes within {options.SliverLengthMeters} m of natural shoreline {segment.Id} " +
                    $"({segment.Text("class")}) but less than {options.SliverLengthMeters} m of it lies inside: not flagged as " +
                    $"{ConflictCatalog.ShorelineOccupied}; if it is built along that coast, snap its edge to the segment");
            }
        }
        return warnings;
    }

    /// <summary><paramref name="meters"/> as degrees of longitude at <paramref name="latitudeDegrees"/> on <paramref name="ellipsoid"/>.</summary>
    private static double DegreesOfLongitude(double meters, double latitudeDegrees, Ellipsoid ellipsoid)
    {
        double phi = Math.Min(latitudeDegrees, 89.9) * Math.PI / 180;
        double f = ellipsoid.Flattening, e2 = f * (2 - f);
        double sin = Math.Sin(phi);
        double metersPerDegree = Math.PI / 180 * ellipsoid.EquatorialRadiusMeters * Math.Cos(phi) / Math.Sqrt(1 - e2 * sin * sin);
        return meters / metersPerDegree;
    }
}
