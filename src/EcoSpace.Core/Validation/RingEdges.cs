using System.Numerics;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Validation;

/// <summary>
/// The edges of a set of rings (zero-length edges of repeated points left out), for
/// <see cref="ValidPolygonProof"/>: built only when every ring is closed, finite, has at least 4
/// points and 3 edges and never doubles straight back; then <see cref="ProvenSimple"/> tells whether
/// edges meet only where consecutive edges of a ring share their vertex, or where polygons of a
/// multipolygon touch at a point without crossing.
/// </summary>
internal sealed class RingEdges
{
    /// <summary>When the edges pass through more grid cells than this many times their count, give up (not proven).</summary>
    private const int MaxCellsPerEdge = 16;

    /// <summary>A grid bucket with more edges than this is swept in order instead of testing every pair.</summary>
    private const int MaxBucketForAllPairs = 32;

    private readonly double[] _x0, _y0, _x1, _y1;
    private readonly int[] _ringStart, _ringCount;
    private readonly int[] _ringOf;
    private int[] _polygonOfRing = [];

    /// <summary>Points where rings of different polygons meet (found by <see cref="Meet"/>), checked for crossing at the end.</summary>
    private readonly List<(int I, int J, Coordinate At)> _touches = [];

    private RingEdges(int count, int rings)
    {
        _x0 = new double[count];
        _y0 = new double[count];
        _x1 = new double[count];
        _y1 = new double[count];
        _ringOf = new int[count];
        _ringStart = new int[rings];
        _ringCount = new int[rings];
    }

    private int Count => _x0.Length;

    /// <summary>The rings' edges, or null when a ring is open, not finite, too short or turns straight back on itself.</summary>
    public static RingEdges? From(IReadOnlyList<LinearRing> rings, IReadOnlyList<int> polygonOfRing)
    {
        var edges = new RingEdges(rings.Sum(r => Math.Max(0, r.NumPoints - 1)), rings.Count);
        edges._polygonOfRing = [.. polygonOfRing];
        int e = 0;
        for (int r = 0; r < rings.Count; r++)
        {
            var points = rings[r].CoordinateSequence;
            int n = points.Count;
            if (n < 4)
                return null;
            edges._ringStart[r] = e;
            double px = points.GetX(0), py = points.GetY(0);
            if (!Representable(px) || !Representable(py) || px != points.GetX(n - 1) || py != points.GetY(n - 1))
                return null;
            for (int i = 1; i < n; i++)
            {
                double x = points.GetX(i), y = points.GetY(i);
                if (!Representable(x) || !Representable(y))
                    return null;
                if (x == px && y == py)
                    continue;
                edges._x0[e] = px;
                edges._y0[e] = py;
                edges._x1[e] = x;
                edges._y1[e] = y;
                edges._ringOf[e] = r;
                e++;
                px = x;
                py = y;
            }
            edges._ringCount[r] = e - edges._ringStart[r];
            if (edges._ringCount[r] < 3 || edges.TurnsBack(r))
                return null;
        }
        return edges.Trimmed(e);
    }

    /// <summary>
    /// Finite, and 0 or of a size whose coordinate differences multiply without overflow or underflow
    /// (about 1e±154 would break orientation tests, here and in IsValidOp): others are left to IsValidOp.
    /// </summary>
    private static bool Representable(double value) =>
        value == 0 || Math.Abs(value) is >= 1e-100 and <= 1e100;

    /// <summary>Whether two consecutive edges of the ring run along each other (a zero-width spike).</summary>
    private bool TurnsBack(int ring)
    {
        int start = _ringStart[ring], count = _ringCount[ring];
        for (int k = 0; k < count; k++)
        {
            int a = start + k, b = start + (k + 1) % count;
            if (CGAlgorithmsDD.OrientationIndex(_x0[a], _y0[a], _x1[a], _y1[a], _x1[b], _y1[b]) == 0
                && Math.Sign(_x1[a] - _x0[a]) * Math.Sign(_x1[b] - _x0[b]) + Math.Sign(_y1[a] - _y0[a]) * Math.Sign(_y1[b] - _y0[b]) < 0)
                return true;
        }
        return false;
    }

    private RingEdges Trimmed(int count)
    {
        if (count == Count)
            return this;
        var trimmed = new RingEdges(count, _ringStart.Length);
        Array.Copy(_x0, trimmed._x0, count);
        Array.Copy(_y0, trimmed._y0, count);
        Array.Copy(_x1, trimmed._x1, count);
        Array.Copy(_y1, trimmed._y1, count);
        Array.Copy(_ringOf, trimmed._ringOf, count);
        Array.Copy(_ringStart, trimmed._ringStart, _ringStart.Length);
        Array.Copy(_ringCount, trimmed._ringCount, _ringCount.Length);
        trimmed._polygonOfRing = _polygonOfRing;
        return trimmed;
    }

    /// <summary>
    /// True when edges meet only as consecutive edges of a ring at their vertex, or as edges of two
    /// polygons touching at a point without crossing; false when others meet (touch, cross or
    /// overlap) or the grid would be too costly to tell.
    /// Every edge goes into the cells of a hashed grid its envelope covers (cells about twice the
    /// mean edge size, so most edges pass through one to three), then the edges sharing a bucket are tested.
    /// </summary>
    public bool ProvenSimple()
    {
        int n = Count;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue, meanExtent = 0;
        for (int i = 0; i < n; i++)
        {
            minX = Math.Min(minX, Math.Min(_x0[i], _x1[i]));
            minY = Math.Min(minY, Math.Min(_y0[i], _y1[i]));
            maxX = Math.Max(maxX, Math.Max(_x0[i], _x1[i]));
            maxY = Math.Max(maxY, Math.Max(_y0[i], _y1[i]));
            meanExtent += Math.Max(Math.Abs(_x1[i] - _x0[i]), Math.Abs(_y1[i] - _y0[i]));
        }
        double cell = 2 * meanExtent / n;
        // Edges so short against the coordinates that cell arithmetic would round cells away, or a
        // spread so wide that cell numbers would overflow: not for this proof.
        if (!(cell >= 1e-9 * Math.Max(1, Math.Max(Math.Abs(minX), Math.Abs(minY)))) || Math.Max(maxX - minX, maxY - minY) / cell > 1e12)
            return false;
        int buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * n));
        int mask = buckets - 1;

        // Each edge is filed under every cell it passes through, then counting-sorted by bucket.
        var grid = new EdgeGrid(minX, minY, cell, mask);
        var entryBucket = new List<int>(2 * n);
        var entryEdge = new List<int>(2 * n);
        var starts = new int[buckets + 1];
        for (int i = 0; i < n; i++)
        {
            if (!grid.AddCells(_x0[i], _y0[i], _x1[i], _y1[i], entryBucket, (long)MaxCellsPerEdge * n))
                return false;
            for (int k = entryEdge.Count; k < entryBucket.Count; k++)
            {
                entryEdge.Add(i);
                starts[entryBucket[k] + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++)
            starts[b + 1] += starts[b];
        var filed = new int[entryEdge.Count];
        var next = starts[..buckets];
        for (int k = 0; k < entryEdge.Count; k++)
            filed[next[entryBucket[k]]++] = entryEdge[k];

        for (int b = 0; b < buckets; b++)
        {
            var bucket = filed.AsSpan(starts[b], starts[b + 1] - starts[b]);
            if (bucket.Length > 1 && (bucket.Length <= MaxBucketForAllPairs ? AnyPairMeets(bucket) : AnySweptPairMeets(bucket)))
                return false;
        }
        return TouchesDoNotCross();
    }

    private bool AnyPairMeets(Span<int> bucket)
    {
        for (int a = 0; a < bucket.Length; a++)
            for (int b = a + 1; b < bucket.Length; b++)
                if (Meet(bucket[a], bucket[b]))
                    return true;
        return false;
    }

    /// <summary>A crowded bucket: edges in order of their lower bound on the wider axis, each tested only against those it spans.</summary>
    private bool AnySweptPairMeets(Span<int> bucket)
    {
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        foreach (int i in bucket)
        {
            minX = Math.Min(minX, Math.Min(_x0[i], _x1[i]));
            maxX = Math.Max(maxX, Math.Max(_x0[i], _x1[i]));
            minY = Math.Min(minY, Math.Min(_y0[i], _y1[i]));
            maxY = Math.Max(maxY, Math.Max(_y0[i], _y1[i]));
        }
        var (from, to) = maxX - minX >= maxY - minY ? (_x0, _x1) : (_y0, _y1);
        var lows = new double[bucket.Length];
        for (int k = 0; k < bucket.Length; k++)
            lows[k] = Math.Min(from[bucket[k]], to[bucket[k]]);
        var order = bucket.ToArray();
        Array.Sort(lows, order);
        for (int a = 0; a < order.Length; a++)
        {
            double high = Math.Max(from[order[a]], to[order[a]]);
            for (int b = a + 1; b < order.Length && lows[b] <= high; b++)
                if (Meet(order[a], order[b]))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// Whether edges i and j meet in a way the proof cannot accept: anywhere, for two edges of one
    /// polygon (consecutive edges of a ring at their shared vertex excepted); for edges of different
    /// polygons, anywhere but at one point that is a vertex of either (such touches are recorded and
    /// checked for crossing by <see cref="TouchesDoNotCross"/>).
    /// </summary>
    private bool Meet(int i, int j)
    {
        if (i == j)
            return false; // one edge filed twice: two of its cells share a bucket
        if (Math.Max(_x0[i], _x1[i]) < Math.Min(_x0[j], _x1[j]) || Math.Max(_x0[j], _x1[j]) < Math.Min(_x0[i], _x1[i])
            || Math.Max(_y0[i], _y1[i]) < Math.Min(_y0[j], _y1[j]) || Math.Max(_y0[j], _y1[j]) < Math.Min(_y0[i], _y1[i]))
            return false;
        if (_ringOf[i] == _ringOf[j])
        {
            int gap = Math.Abs(i - j), count = _ringCount[_ringOf[i]];
            if (gap == 1 || gap == count - 1)
                return false;
        }
        int o1 = CGAlgorithmsDD.OrientationIndex(_x0[i], _y0[i], _x1[i], _y1[i], _x0[j], _y0[j]);
        int o2 = CGAlgorithmsDD.OrientationIndex(_x0[i], _y0[i], _x1[i], _y1[i], _x1[j], _y1[j]);
        if (o1 * o2 > 0)
            return false;
        int o3 = CGAlgorithmsDD.OrientationIndex(_x0[j], _y0[j], _x1[j], _y1[j], _x0[i], _y0[i]);
        int o4 = CGAlgorithmsDD.OrientationIndex(_x0[j], _y0[j], _x1[j], _y1[j], _x1[i], _y1[i]);
        if (o3 * o4 > 0)
            return false;
        // They meet: opposite sides both ways, or an endpoint on the other edge; when all four are
        // collinear the envelopes overlap (tested above), so the edges overlap on their common line.
        if (_polygonOfRing[_ringOf[i]] == _polygonOfRing[_ringOf[j]])
            return true;
        // Polygons may touch at one point: an endpoint lying on the other edge (o == 0) or, for
        // collinear edges, a shared endpoint with the edges on either side of it; else they cross or overlap.
        Coordinate? at = o1 == 0 && o2 == 0 ? CollinearContact(i, j)
            : o1 == 0 ? new(_x0[j], _y0[j]) : o2 == 0 ? new(_x1[j], _y1[j])
            : o3 == 0 ? new(_x0[i], _y0[i]) : o4 == 0 ? new(_x1[i], _y1[i]) : null;
        if (at is null)
            return true;
        _touches.Add((i, j, at));
        return false;
    }

    /// <summary>
    /// The one point two meeting collinear edges share, when they only meet end to end; null when
    /// they overlap along a stretch. Compared along x, or along y for a vertical edge.
    /// </summary>
    private Coordinate? CollinearContact(int i, int j)
    {
        var (a0, a1, b0, b1) = _x0[i] != _x1[i] ? (_x0[i], _x1[i], _x0[j], _x1[j]) : (_y0[i], _y1[i], _y0[j], _y1[j]);
        double low = Math.Max(Math.Min(a0, a1), Math.Min(b0, b1)), high = Math.Min(Math.Max(a0, a1), Math.Max(b0, b1));
        if (low != high)
            return null;
        return a0 == low ? new Coordinate(_x0[i], _y0[i]) : new Coordinate(_x1[i], _y1[i]);
    }

    /// <summary>
    /// Whether at every recorded touch the two rings stay on their own sides (NTS
    /// the crossing test of <see cref="NodeCrossing"/> on each ring's two edge directions at the point): touching
    /// polygons are valid, crossing ones overlap.
    /// </summary>
    private bool TouchesDoNotCross()
    {
        foreach (var (i, j, at) in _touches)
        {
            var (a0, a1) = Around(i, at);
            var (b0, b1) = Around(j, at);
            if (NodeCrossing.IsCrossing(at, a0, a1, b0, b1))
                return false;
        }
        return true;
    }

    /// <summary>The ring's neighbouring vertices around a point on edge e: the ends of e, or past a vertex the adjacent edge's far end.</summary>
    private (Coordinate Before, Coordinate After) Around(int e, Coordinate at)
    {
        int ring = _ringOf[e], start = _ringStart[ring], count = _ringCount[ring];
        int previous = start + (e - start + count - 1) % count, next = start + (e - start + 1) % count;
        if (at.X == _x0[e] && at.Y == _y0[e])
            return (new Coordinate(_x0[previous], _y0[previous]), new Coordinate(_x1[e], _y1[e]));
        if (at.X == _x1[e] && at.Y == _y1[e])
            return (new Coordinate(_x0[e], _y0[e]), new Coordinate(_x1[next], _y1[next]));
        return (new Coordinate(_x0[e], _y0[e]), new Coordinate(_x1[e], _y1[e]));
    }
}
