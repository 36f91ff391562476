using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// Positions as they are read, x and y interleaved in one reused array, so that a line or ring is
/// checked, reprojected and oriented before any Coordinate is allocated.
/// </summary>
internal sealed class CoordinateBuffer
{
    private double[] _xy = new double[4096];

    /// <summary>Number of doubles held (twice the number of positions).</summary>
    public int Length { get; private set; }

    public void Add(double x, double y)
    {
        if (Length + 2 > _xy.Length)
            Array.Resize(ref _xy, _xy.Length * 2);
        _xy[Length] = x;
        _xy[Length + 1] = y;
        Length += 2;
    }

    /// <summary>The positions held, x and y interleaved.</summary>
    public Span<double> Values => _xy.AsSpan(0, Length);

    public void Clear() => Length = 0;

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
}
