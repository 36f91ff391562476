namespace EcoSpace.Web.Tiles;

/// <summary>
/// Cuts simplified paths to a tile's (buffered) lon/lat box: a line into the pieces inside it
/// (Liang-Barsky per segment), a ring into the ring of its part inside (Sutherland-Hodgman; edges
/// may run along the box, which a renderer draws under the tile edge). The box is lon/lat because
/// WebMercator maps lon/lat boxes to boxes.
/// </summary>
public readonly struct TileClipper(double minX, double minY, double maxX, double maxY)
{
    private readonly double minX = minX, minY = minY, maxX = maxX, maxY = maxY;

    /// <summary>The pieces of the polyline inside the box, each of 2 or more points.</summary>
    public List<List<(double X, double Y)>> Line(IReadOnlyList<(double X, double Y)> points)
    {
        var pieces = new List<List<(double X, double Y)>>();
        List<(double X, double Y)>? current = null;
        for (int i = 0; i + 1 < points.Count; i++)
        {
            var (ax, ay) = points[i];
            var (bx, by) = points[i + 1];
            if (!Segment(ref ax, ref ay, ref bx, ref by, out bool startClipped, out bool endClipped))
            {
                current = null;
                continue;
            }
            if (current is null || startClipped)
            {
                current = [(ax, ay)];
                pieces.Add(current);
            }
            current.Add((bx, by));
            if (endClipped)
                current = null;
        }
        pieces.RemoveAll(p => p.Count < 2);
        return pieces;
    }

    /// <summary>The closed ring of the part of <paramref name="ring"/> (closed) inside the box; empty when nothing is.</summary>
    public List<(double X, double Y)> Ring(IReadOnlyList<(double X, double Y)> ring)
    {
        double left = minX, right = maxX, bottom = minY, top = maxY;
        var points = new List<(double X, double Y)>(ring.Take(ring.Count - 1));
        points = ClipEdge(points, p => p.X >= left, (a, b) => AtX(a, b, left));
        points = ClipEdge(points, p => p.X <= right, (a, b) => AtX(a, b, right));
        points = ClipEdge(points, p => p.Y >= bottom, (a, b) => AtY(a, b, bottom));
        points = ClipEdge(points, p => p.Y <= top, (a, b) => AtY(a, b, top));
        if (points.Count < 3)
            return [];
        points.Add(points[0]);
        return points;
    }

    private static List<(double X, double Y)> ClipEdge(List<(double X, double Y)> input, Func<(double X, double Y), bool> inside,
        Func<(double X, double Y), (double X, double Y), (double X, double Y)> cross)
    {
        var output = new List<(double X, double Y)>(input.Count + 4);
        if (input.Count == 0)
            return output;
        var previous = input[^1];
        bool previousInside = inside(previous);
        foreach (var point in input)
        {
            bool pointInside = inside(point);
            if (pointInside)
            {
                if (!previousInside)
                    output.Add(cross(previous, point));
                output.Add(point);
            }
            else if (previousInside)
            {
                output.Add(cross(previous, point));
            }
            previous = point;
            previousInside = pointInside;
        }
        return output;
    }

    private static (double X, double Y) AtX((double X, double Y) a, (double X, double Y) b, double x) =>
        (x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));

    private static (double X, double Y) AtY((double X, double Y) a, (double X, double Y) b, double y) =>
        (a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);

    /// <summary>Liang-Barsky: cuts the segment to the box; false when nothing of it is inside.</summary>
    private bool Segment(ref double ax, ref double ay, ref double bx, ref double by, out bool startClipped, out bool endClipped)
    {
        double t0 = 0, t1 = 1, dx = bx - ax, dy = by - ay;
        startClipped = endClipped = false;
        if (!Clip(-dx, ax - minX, ref t0, ref t1) || !Clip(dx, maxX - ax, ref t0, ref t1)
            || !Clip(-dy, ay - minY, ref t0, ref t1) || !Clip(dy, maxY - ay, ref t0, ref t1))
            return false;
        double x0 = ax, y0 = ay;
        if (t1 < 1)
        {
            bx = x0 + t1 * dx;
            by = y0 + t1 * dy;
            endClipped = true;
        }
        if (t0 > 0)
        {
            ax = x0 + t0 * dx;
            ay = y0 + t0 * dy;
            startClipped = true;
        }
        return true;
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
            return q >= 0;
        double r = q / p;
        if (p < 0)
        {
            if (r > t1) return false;
            if (r > t0) t0 = r;
        }
        else
        {
            if (r < t0) return false;
            if (r < t1) t1 = r;
        }
        return true;
    }
}
