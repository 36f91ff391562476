namespace EcoSpace.Web.Tiles;

/// <summary>
/// Douglas-Peucker once for every tolerance: each vertex of a path gets the largest tolerance at which
/// Douglas-Peucker keeps it (its distance from the chord that split it off, capped by its parent's
/// rank). Keeping the vertices whose rank is at least a tolerance gives exactly Douglas-Peucker's
/// result for that tolerance, so every zoom level is one pass over the ranks, computed once per
/// layer. Distances are in the units of the coordinates given (world units of WebMercator).
/// The ends rank +∞; a closed ring's first split is its farthest vertex from the start.
/// </summary>
public static class VertexRanks
{
    public static double[] Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        var ranks = new double[n];
        if (n == 0)
            return ranks;
        ranks[0] = ranks[n - 1] = double.PositiveInfinity;
        var stack = new Stack<(int A, int B, double Cap)>();
        stack.Push((0, n - 1, double.PositiveInfinity));
        while (stack.Count > 0)
        {
            var (a, b, cap) = stack.Pop();
            if (b - a < 2)
                continue;
            int farthest = a + 1;
            double farthestSquared = -1;
            double ax = x[a], ay = y[a], dx = x[b] - ax, dy = y[b] - ay;
            double lengthSquared = dx * dx + dy * dy;
            for (int i = a + 1; i < b; i++)
            {
                double px = x[i] - ax, py = y[i] - ay;
                double d2;
                if (lengthSquared == 0)
                {
                    d2 = px * px + py * py;
                }
                else
                {
                    double t = Math.Clamp((px * dx + py * dy) / lengthSquared, 0, 1);
                    double ex = px - t * dx, ey = py - t * dy;
                    d2 = ex * ex + ey * ey;
                }
                if (d2 > farthestSquared)
                {
                    farthestSquared = d2;
                    farthest = i;
                }
            }
            double rank = Math.Min(Math.Sqrt(farthestSquared), cap);
            ranks[farthest] = rank;
            stack.Push((a, farthest, rank));
            stack.Push((farthest, b, rank));
        }
        return ranks;
    }
}
