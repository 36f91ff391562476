using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Validation;

/// <summary>
/// Whether two rings meeting at a point cross there, from the directions of each ring's two edges at
/// the point: they cross when one ring's edges lie on different sides of the other's. JTS
/// PolygonNodeTopology.isCrossing (internal in NTS 2.6), with the same robust angle comparison
/// (quadrant, then orientation); edges along one another count as not crossing, as there.
/// </summary>
internal static class NodeCrossing
{
    public static bool IsCrossing(Coordinate node, Coordinate a0, Coordinate a1, Coordinate b0, Coordinate b1)
    {
        var (low, high) = CompareAngle(node, a0, a1) > 0 ? (a1, a0) : (a0, a1);
        int side0 = CompareBetween(node, b0, low, high);
        if (side0 == 0)
            return false;
        int side1 = CompareBetween(node, b1, low, high);
        return side1 != 0 && side0 != side1;
    }

    /// <summary>1 when p's direction lies strictly between e0's and e1's (by angle from the east), -1 outside, 0 along either.</summary>
    private static int CompareBetween(Coordinate origin, Coordinate p, Coordinate e0, Coordinate e1)
    {
        int to0 = CompareAngle(origin, p, e0);
        if (to0 == 0)
            return 0;
        int to1 = CompareAngle(origin, p, e1);
        if (to1 == 0)
            return 0;
        return to0 > 0 && to1 < 0 ? 1 : -1;
    }

    /// <summary>The sign of angle(p) - angle(q) seen from origin, angles counter-clockwise from the east in [0, 2π).</summary>
    private static int CompareAngle(Coordinate origin, Coordinate p, Coordinate q)
    {
        int quadrantP = Quadrant(p.X - origin.X, p.Y - origin.Y), quadrantQ = Quadrant(q.X - origin.X, q.Y - origin.Y);
        if (quadrantP != quadrantQ)
            return quadrantP > quadrantQ ? 1 : -1;
        return Orientation.Index(origin, q, p) switch
        {
            OrientationIndex.CounterClockwise => 1,
            OrientationIndex.Clockwise => -1,
            _ => 0,
        };
    }

    /// <summary>0 NE, 1 NW, 2 SW, 3 SE (axes as JTS assigns them).</summary>
    private static int Quadrant(double dx, double dy) =>
        dx >= 0 ? (dy >= 0 ? 0 : 3) : (dy >= 0 ? 1 : 2);
}
