using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoSpace.Core.Measurement;

/// <summary>
/// The plane length of lon/lat paths: vertices are projected a block at a time (one ProjNet call per
/// block, no allocation) and the straight distances between consecutive projected vertices summed
/// with Kahan compensation (long coastlines add up hundreds of thousands of short edges). Z is ignored.
/// </summary>
internal struct PlanePathLength(MathTransform toPlane)
{
    private const int BlockVertices = 512;

    private double _sum;
    private double _compensation;

    public readonly double LengthMeters => _sum;

    /// <summary>Adds the length of the path through <paramref name="lonLat"/> (x = longitude) in order.</summary>
    public void Add(CoordinateSequence lonLat)
    {
        int count = lonLat.Count;
        if (count < 2) return;
        Span<double> xy = stackalloc double[2 * Math.Min(count, BlockVertices)];
        double lastEasting = 0, lastNorthing = 0;
        for (int start = 0; start < count; start += BlockVertices)
        {
            int n = Math.Min(BlockVertices, count - start);
            Span<double> block = xy[..(2 * n)];
            for (int i = 0; i < n; i++)
            {
                block[2 * i] = lonLat.GetX(start + i);
                block[2 * i + 1] = lonLat.GetY(start + i);
            }
            toPlane.Transform(block, block[1..], 2, 2);
            int first = 0;
            if (start == 0)
            {
                (lastEasting, lastNorthing) = (block[0], block[1]);
                first = 1;
            }
            for (int i = first; i < n; i++)
            {
                double easting = block[2 * i], northing = block[2 * i + 1];
                double dx = easting - lastEasting, dy = northing - lastNorthing;
                AddEdge(Math.Sqrt(dx * dx + dy * dy));
                (lastEasting, lastNorthing) = (easting, northing);
            }
        }
    }

    private void AddEdge(double meters)
    {
        double y = meters - _compensation;
        double t = _sum + y;
        _compensation = (t - _sum) - y;
        _sum = t;
    }
}
