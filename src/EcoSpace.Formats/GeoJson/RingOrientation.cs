using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.GeoJson;

/// <summary>Ring orientation by the shoelace formula (RFC 7946 §3.1.6: exteriors counter-clockwise, holes clockwise).</summary>
internal static class RingOrientation
{
    /// <summary>Twice the signed area of interleaved x, y pairs: positive when counter-clockwise.</summary>
    public static double SignedDoubleArea(ReadOnlySpan<double> xy)
    {
        int n = xy.Length / 2;
        if (n < 3)
            return 0;
        // Relative to the first vertex, so that large coordinates (projected, 10^7 m) keep their digits.
        double x0 = xy[0], y0 = xy[1], sum = 0;
        for (int i = 1; i < n - 1; i++)
        {
            double ax = xy[2 * i] - x0, ay = xy[2 * i + 1] - y0;
            double bx = xy[2 * i + 2] - x0, by = xy[2 * i + 3] - y0;
            sum += ax * by - bx * ay;
        }
        return sum;
    }

    /// <summary>The same for a ring held by a geometry.</summary>
    public static double SignedDoubleArea(CoordinateSequence ring)
    {
        int n = ring.Count;
        if (n < 3)
            return 0;
        double x0 = ring.GetX(0), y0 = ring.GetY(0), sum = 0;
        for (int i = 1; i < n - 1; i++)
        {
            double ax = ring.GetX(i) - x0, ay = ring.GetY(i) - y0;
            double bx = ring.GetX(i + 1) - x0, by = ring.GetY(i + 1) - y0;
            sum += ax * by - bx * ay;
        }
        return sum;
    }

    /// <summary>Reverses the order of interleaved x, y pairs in place.</summary>
    public static void Reverse(Span<double> xy)
    {
        for (int i = 0, j = xy.Length - 2; i < j; i += 2, j -= 2)
        {
            (xy[i], xy[j]) = (xy[j], xy[i]);
            (xy[i + 1], xy[j + 1]) = (xy[j + 1], xy[i + 1]);
        }
    }
}
