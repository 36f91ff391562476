// Port of GeographicLib (C. F. F. Karney), MIT licence: accumulator.py (GeographicLib::Accumulator).

namespace EcoSpace.Core.Geodesy;

/// <summary>A running sum kept as two doubles (Shewchuk), so that polygon areas summed over
/// hundreds of thousands of edges lose nothing to roundoff.</summary>
internal struct Accumulator
{
    private double _s, _t;

    public void Set(double y)
    {
        _s = y;
        _t = 0;
    }

    public void Add(double y)
    {
        // Accumulate starting at the least significant end.
        y = GeoMath.Sum(y, _t, out double u);
        _s = GeoMath.Sum(y, _s, out _t);
        // Now the sum is s + t + u exactly; fold u into t (or into s if s vanished).
        if (_s == 0) _s = u;
        else _t += u;
    }

    /// <summary>The sum plus <paramref name="y"/>, leaving this accumulator unchanged.</summary>
    public readonly double Sum(double y = 0.0)
    {
        if (y == 0.0) return _s;
        Accumulator b = this;
        b.Add(y);
        return b._s;
    }

    public void Negate()
    {
        _s = -_s;
        _t = -_t;
    }

    /// <summary>Reduces the sum to its IEEE remainder on division by <paramref name="y"/>.</summary>
    public void Remainder(double y)
    {
        _s = GeoMath.Remainder(_s, y);
        Add(0.0);
    }
}
