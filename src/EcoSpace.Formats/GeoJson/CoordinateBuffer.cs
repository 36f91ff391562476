using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// Positions as they are read, x and y interleaved in one reused array, so that a line or ring is
/// checked, reprojected and oriented before its coordinate sequence is made.
/// </summary>
internal sealed class CoordinateBuffer
{
    private const int InitialDoubles = 4096;

    // Beyond this (8 MB) the buffer is not kept between features: one huge coastline should not
    // keep its peak for the rest of the file.
    private const int KeptDoubles = 1 << 20;

    private double[] _xy = new double[InitialDoubles];

    /// <summary>Number of doubles held (twice the number of positions).</summary>
    public int Length { get; private set; }

    public void Add(double x, double y)
    {
        if (Length + 2 > _xy.Length)
            Grow();
        _xy[Length] = x;
        _xy[Length + 1] = y;
        Length += 2;
    }

    /// <summary>The positions held, x and y interleaved.</summary>
    public Span<double> Values => _xy.AsSpan(0, Length);

    public void Clear()
    {
        Length = 0;
        if (_xy.Length > KeptDoubles)
            _xy = new double[InitialDoubles];
    }

    /// <summary>The positions held as coordinates; the buffer is then empty for the next line or ring.</summary>
    public Coordinate[] Take()
    {
        var xy = Values;
        var coordinates = new Coordinate[xy.Length / 2];
        for (int i = 0; i < coordinates.Length; i++)
            coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        Length = 0;
        return coordinates;
    }

    /// <summary>True when the next <see cref="Add"/> would have to grow the buffer.</summary>
    public bool IsFull => Length + 2 > _xy.Length;

    /// <summary>Makes room for exactly <paramref name="positions"/> positions in all (when more than there is).</summary>
    public void Reserve(int positions)
    {
        if (2L * positions <= _xy.Length || 2L * positions > Array.MaxLength)
            return;
        var exact = new double[2 * positions];
        _xy.AsSpan(0, Length).CopyTo(exact);
        _xy = exact;
    }

    /// <summary>
    /// The positions held as a packed XY sequence (bit for bit); the buffer is then empty for the
    /// next line or ring. A buffer reserved to the line's exact size becomes the sequence itself;
    /// otherwise the sequence gets an exact-size copy.
    /// </summary>
    public CoordinateSequence TakeSequence()
    {
        double[] xy;
        if (Length == _xy.Length && Length > InitialDoubles)
        {
            xy = _xy;
            _xy = new double[InitialDoubles];
        }
        else
        {
            xy = Values.ToArray();
        }
        Length = 0;
        return new PackedDoubleCoordinateSequence(xy, 2, 0);
    }

    private void Grow()
    {
        // 1.5x rather than 2x: the largest lines are held whole, so overshoot is memory.
        var larger = new double[Math.Max(_xy.Length + _xy.Length / 2, InitialDoubles) & ~1];
        _xy.AsSpan(0, Length).CopyTo(larger);
        _xy = larger;
    }
}
