using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Validation;

/// <summary>
/// Where many points lie with respect to one ring, in a single pass over its edges: the points are
/// sorted by y, and each edge tests only the points within its y-range, by JTS RayCrossingCounter's
/// rules (a rightward ray; robust orientation; a point on an edge or vertex is on the boundary).
/// Cost O(edges · log points + crossings), where a located point per IndexedPointInAreaLocator costs
/// building an interval tree of the ring first.
/// </summary>
internal static class RingPointLocator
{
    public static Location[] Locate(LinearRing ring, IReadOnlyList<Coordinate> points)
    {
        var order = Enumerable.Range(0, points.Count).ToArray();
        var ys = points.Select(p => p.Y).ToArray();
        Array.Sort(ys, order);
        var crossings = new int[points.Count];
        var onBoundary = new bool[points.Count];

        var sequence = ring.CoordinateSequence;
        var p1 = sequence.GetCoordinate(0);
        for (int k = 1; k < sequence.Count; k++)
        {
            var p2 = sequence.GetCoordinate(k);
            double low = Math.Min(p1.Y, p2.Y), high = Math.Max(p1.Y, p2.Y);
            for (int s = FirstAtLeast(ys, low); s < ys.Length && ys[s] <= high; s++)
            {
                int q = order[s];
                if (!onBoundary[q])
                    Count(p1, p2, points[q], ref crossings[q], ref onBoundary[q]);
            }
            p1 = p2;
        }

        var locations = new Location[points.Count];
        for (int q = 0; q < points.Count; q++)
            locations[q] = onBoundary[q] ? Location.Boundary : crossings[q] % 2 == 1 ? Location.Interior : Location.Exterior;
        return locations;
    }

    /// <summary>RayCrossingCounter.CountSegment for one edge and one point whose y lies within the edge's y-range.</summary>
    private static void Count(Coordinate p1, Coordinate p2, Coordinate p, ref int crossings, ref bool onBoundary)
    {
        if (p1.X < p.X && p2.X < p.X)
            return;
        if (p.X == p2.X && p.Y == p2.Y || p.X == p1.X && p.Y == p1.Y)
        {
            onBoundary = true;
            return;
        }
        if (p1.Y == p.Y && p2.Y == p.Y)
        {
            if (p.X >= Math.Min(p1.X, p2.X) && p.X <= Math.Max(p1.X, p2.X))
                onBoundary = true;
            return;
        }
        if (p1.Y > p.Y && p2.Y <= p.Y || p2.Y > p.Y && p1.Y <= p.Y)
        {
            var orientation = Orientation.Index(p1, p2, p);
            if (orientation == OrientationIndex.Collinear)
            {
                onBoundary = true;
                return;
            }
            if (p2.Y < p1.Y)
                orientation = orientation == OrientationIndex.Left ? OrientationIndex.Right : OrientationIndex.Left;
            if (orientation == OrientationIndex.Left)
                crossings++;
        }
    }

    private static int FirstAtLeast(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
