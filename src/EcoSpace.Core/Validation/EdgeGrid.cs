namespace EcoSpace.Core.Validation;

/// <summary>
/// A grid of square cells hashed into a power-of-two number of buckets, for finding edges that may
/// meet: two edges that share a point are both filed under that point's cell. An edge is filed
/// under the cells it passes through, column by column, with a margin of a hundredth of a cell on
/// every side, so that rounding in the column arithmetic can add a neighbouring cell but never drop
/// one the edge touches. A long diagonal edge thus takes about as many cells as it is long, not the
/// square of that.
/// </summary>
internal readonly struct EdgeGrid
{
    private readonly double _minX, _minY, _cell, _margin;
    private readonly int _mask;

    public EdgeGrid(double minX, double minY, double cell, int bucketMask)
    {
        _minX = minX;
        _minY = minY;
        _cell = cell;
        _margin = cell / 100;
        _mask = bucketMask;
    }

    /// <summary>
    /// Appends to <paramref name="buckets"/> the bucket of every cell the edge passes through; false
    /// (and stops) when the list would grow beyond <paramref name="maxEntries"/>.
    /// </summary>
    public bool AddCells(double x0, double y0, double x1, double y1, List<int> buckets, long maxEntries)
    {
        if (x1 < x0)
            (x0, y0, x1, y1) = (x1, y1, x0, y0);
        double lowY = Math.Min(y0, y1) - _margin, highY = Math.Max(y0, y1) + _margin;
        double slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : double.PositiveInfinity;
        bool vertical = !double.IsFinite(slope); // also an x-extent so small that the slope overflows
        long lastColumn = Index(x1 + _margin, _minX);
        for (long column = Index(x0 - _margin, _minX); column <= lastColumn; column++)
        {
            double fromY, toY;
            if (!vertical)
            {
                double left = Math.Clamp(_minX + column * _cell - _margin, x0, x1);
                double right = Math.Clamp(_minX + (column + 1) * _cell + _margin, x0, x1);
                fromY = y0 + (left - x0) * slope;
                toY = y0 + (right - x0) * slope;
            }
            else
            {
                (fromY, toY) = (y0, y1);
            }
            long firstRow = Index(Math.Max(Math.Min(fromY, toY) - _margin, lowY), _minY);
            long lastRow = Index(Math.Min(Math.Max(fromY, toY) + _margin, highY), _minY);
            if (buckets.Count + (lastRow - firstRow + 1) > maxEntries)
                return false;
            for (long row = firstRow; row <= lastRow; row++)
                buckets.Add((int)((column * 73856093L ^ row * 19349663L) & _mask));
        }
        return true;
    }

    private long Index(double value, double origin) => (long)Math.Floor((value - origin) / _cell);
}
