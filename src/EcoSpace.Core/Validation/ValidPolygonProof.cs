using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace EcoSpace.Core.Validation;

/// <summary>
/// A quick proof that a polygonal geometry is OGC valid, for the common case: every coordinate is
/// finite, every ring has at least 4 points and never doubles straight back; the rings of one
/// polygon do not meet at all, and no ring meets itself except where consecutive edges share their
/// vertex; polygons of a multipolygon meet at most at points, without crossing; every hole lies
/// inside its shell and outside its sibling holes; no polygon lies inside another's area. Such a
/// geometry satisfies every rule NTS <c>IsValidOp</c> checks (a polygon's rings are disjoint, so its
/// interior is connected). <see cref="Holds"/> answers false whenever it cannot prove this, e.g. for
/// a valid polygon whose hole touches its shell; the caller then runs IsValidOp, which gives the
/// verdict and the error's location. Meeting edges are found in a hashed grid (<see cref="EdgeGrid"/>,
/// each edge against the few edges of its cells) with NTS's robust orientation predicate.
/// </summary>
public static class ValidPolygonProof
{
    /// <summary>Whether the geometry is proven valid; false means "not proven", not "invalid".</summary>
    public static bool Holds(Geometry geometry)
    {
        var polygons = geometry switch
        {
            Polygon polygon => [polygon],
            MultiPolygon multi => Enumerable.Range(0, multi.NumGeometries).Select(i => (Polygon)multi.GetGeometryN(i)).ToArray(),
            _ => null,
        };
        if (polygons is null || polygons.Any(p => p.IsEmpty))
            return false;

        var rings = new List<LinearRing>();
        var shellOf = new List<int>();
        var polygonOf = new List<int>();
        for (int p = 0; p < polygons.Length; p++)
        {
            int shell = rings.Count;
            foreach (var ring in (LinearRing[])[polygons[p].Shell, .. polygons[p].Holes])
            {
                rings.Add(ring);
                shellOf.Add(shell);
                polygonOf.Add(p);
            }
        }

        return RingEdges.From(rings, polygonOf) is { } edges && edges.ProvenSimple() && Nested(rings, shellOf);
    }

    /// <summary>
    /// With no rings crossing, one vertex of a ring off another ring tells on which side of it the
    /// whole ring lies: holes inside their shell and outside each other, no shell inside another
    /// polygon's area (inside one of its holes is fine). Only pairs whose envelopes nest are located,
    /// all the candidates of one ring in one pass (<see cref="RingPointLocator"/>).
    /// </summary>
    private static bool Nested(List<LinearRing> rings, List<int> shellOf)
    {
        var envelopes = rings.Select(r => r.EnvelopeInternal).ToArray();
        var index = new STRtree<int>();
        for (int r = 0; r < rings.Count; r++)
            index.Insert(envelopes[r], r);
        index.Build();
        var candidates = Enumerable.Range(0, rings.Count)
            .SelectMany(r => index.Query(envelopes[r]).Where(o => o != r && envelopes[o].Contains(envelopes[r])).Select(o => (Ring: r, Other: o)));

        var inside = new HashSet<(int Ring, int Other)>();
        foreach (var group in candidates.GroupBy(c => c.Other))
        {
            var pairs = group.ToArray();
            var located = RingPointLocator.Locate(rings[group.Key], pairs.Select(p => rings[p.Ring].GetCoordinateN(0)).ToArray());
            for (int k = 0; k < pairs.Length; k++)
            {
                var location = located[k] == Location.Boundary ? LocateOffRing(rings[pairs[k].Ring], rings[group.Key]) : located[k];
                if (location is null)
                    return false;
                if (location == Location.Interior)
                    inside.Add(pairs[k]);
            }
        }

        for (int r = 0; r < rings.Count; r++)
        {
            if (shellOf[r] != r && !inside.Contains((r, shellOf[r])))
                return false; // a hole outside its shell
        }
        foreach (var (ring, other) in inside)
        {
            bool ringIsHole = shellOf[ring] != ring, otherIsHole = shellOf[other] != other;
            if (ringIsHole && otherIsHole && shellOf[ring] == shellOf[other])
                return false; // a hole inside a sibling hole
            if (!ringIsHole && !otherIsHole && !HolesOf(other).Any(h => inside.Contains((ring, h))))
                return false; // a shell inside another polygon's area
        }
        return true;

        IEnumerable<int> HolesOf(int shell)
        {
            for (int h = shell + 1; h < rings.Count && shellOf[h] == shell; h++)
                yield return h;
        }
    }

    /// <summary>Where the ring lies by its first vertex not on the other ring (rings may touch at points); null when every vertex is on it.</summary>
    private static Location? LocateOffRing(LinearRing ring, LinearRing other)
    {
        var points = ring.CoordinateSequence;
        for (int k = 1; k < points.Count - 1; k++)
        {
            var location = RayCrossingCounter.LocatePointInRing(points.GetCoordinate(k), other.CoordinateSequence);
            if (location != Location.Boundary)
                return location;
        }
        return null;
    }
}
