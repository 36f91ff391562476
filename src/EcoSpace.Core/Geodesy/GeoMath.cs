// Port of GeographicLib (C. F. F. Karney), MIT licence: geomath.py (GeographicLib::Math).
// https://geographiclib.sourceforge.io/

using System.Runtime.CompilerServices;

namespace EcoSpace.Core.Geodesy;

/// <summary>The angle and summation helpers Karney's geodesic algorithms rely on for their accuracy.</summary>
internal static class GeoMath
{
    public const double RadiansPerDegree = Math.PI / 180;
    public const double DegreesPerRadian = 180 / Math.PI;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sq(double x) => x * x;

    /// <summary>(x, y) scaled to a unit vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double X, double Y) Norm(double x, double y)
    {
        double r = Math.Sqrt(x * x + y * y);
        return (x / r, y / r);
    }

    /// <summary>Error-free sum: returns round(u + v) and sets <paramref name="t"/> to the exact rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(double u, double v, out double t)
    {
        double s = u + v;
        double up = s - v;
        double vpp = s - up;
        up -= u;
        vpp -= v;
        t = s == 0 ? s : 0.0 - (up + vpp);
        return s;
    }

    /// <summary>Horner evaluation of the polynomial of degree <paramref name="n"/> with coefficients p[s..s+n], highest first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Polyval(int n, ReadOnlySpan<double> p, int s, double x)
    {
        double y = n < 0 ? 0 : p[s];
        while (n > 0)
        {
            n--;
            s++;
            y = y * x + p[s];
        }
        return y;
    }

    /// <summary>Rounds tiny angles so that they underflow to zero (smallest gap 1/2^57 degree) instead of being nearly singular.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AngRound(double x)
    {
        const double z = 1 / 16.0;
        double y = Math.Abs(x);
        if (y < z) y = z - (z - y);
        return Math.CopySign(y, x);
    }

    /// <summary>IEEE remainder of x / y, in [-y/2, y/2].</summary>
    public static double Remainder(double x, double y) =>
        double.IsFinite(x) ? Math.IEEERemainder(x, y) : double.NaN;

    /// <summary>Reduces an angle in degrees to [-180, 180].</summary>
    public static double AngNormalize(double x)
    {
        if (x > -180 && x < 180) return x; // already reduced: Remainder would return x unchanged
        double y = Remainder(x, 360);
        return Math.Abs(y) == 180 ? Math.CopySign(180.0, x) : y;
    }

    public static double LatFix(double x) => Math.Abs(x) > 90 ? double.NaN : x;

    /// <summary>y − x in degrees reduced exactly to [-180, 180]; <paramref name="e"/> gets the rounding error.</summary>
    public static double AngDiff(double x, double y, out double e)
    {
        double d, t;
        if (Math.Abs(x) < 180 && Math.Abs(y) < 180)
        {
            // Both remainders are the identity here; the second reduction is too unless |d| >= 180.
            d = Sum(-x, y, out t);
            if (Math.Abs(d) < 180)
            {
                if (d == 0) d = Math.CopySign(d, t == 0 ? y - x : -t);
                e = t;
                return d;
            }
            d = Sum(Remainder(d, 360), t, out t);
        }
        else
        {
            d = Sum(Remainder(-x, 360), Remainder(y, 360), out t);
            d = Sum(Remainder(d, 360), t, out t);
        }
        if (d == 0 || Math.Abs(d) == 180)
            d = Math.CopySign(d, t == 0 ? y - x : -t);
        e = t;
        return d;
    }

    // Below this (radians, or tangent for Atan2) the Taylor series used by SinCos and Atan2 converge
    // so fast that their truncation error is under 2^-56 relative: the results are within an ulp of
    // libm's (tested on 2 million angles).
    internal const double SmallAngle = 1 / 64.0;

    /// <summary>
    /// sin and cos of x radians. Short edges have tiny angles everywhere (longitude differences,
    /// Newton steps), where a few Taylor terms are as accurate as libm and much cheaper.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Sin, double Cos) SinCos(double x)
    {
        if (!(Math.Abs(x) <= SmallAngle))
            return Math.SinCos(x);
        double x2 = x * x;
        double sin = x + x * x2 * (-1 / 6.0 + x2 * (1 / 120.0 + x2 * (-1 / 5040.0 + x2 * (1 / 362880.0))));
        double cos = 1 + x2 * (-1 / 2.0 + x2 * (1 / 24.0 + x2 * (-1 / 720.0 + x2 * (1 / 40320.0 + x2 * (-1 / 3628800.0)))));
        return (sin, cos);
    }

    /// <summary>atan2(y, x) in radians, by its Taylor series when x &gt; 0 and |y / x| is small (see <see cref="SinCos"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Atan2(double y, double x)
    {
        if (!(x > 0 && Math.Abs(y) <= SmallAngle * x))
            return Math.Atan2(y, x);
        double t = y / x;
        double t2 = t * t;
        return t + t * t2 * (-1 / 3.0 + t2 * (1 / 5.0 + t2 * (-1 / 7.0 + t2 * (1 / 9.0 + t2 * (-1 / 11.0)))));
    }

    /// <summary>Sine and cosine of an angle in degrees, exact at multiples of 90°.</summary>
    public static void SinCosd(double x, out double sinx, out double cosx)
    {
        double r = Math.Abs(x) < 360 ? x : double.IsFinite(x) ? x % 360 : double.NaN;
        int q = double.IsNaN(r) ? 0 : Quadrant(r);
        r -= 90 * q;
        (double s, double c) = SinCos(r * RadiansPerDegree);
        Quadrant(q, ref s, ref c);
        c += 0.0;
        if (s == 0) s = Math.CopySign(s, x);
        sinx = s;
        cosx = c;
    }

    /// <summary>Sine and cosine of (x + t) degrees with x in [-180, 180] and t a small correction.</summary>
    public static void SinCosde(double x, double t, out double sinx, out double cosx)
    {
        int q = double.IsFinite(x) ? Quadrant(x) : 0;
        double r = AngRound(x - 90 * q + t) * RadiansPerDegree;
        (double s, double c) = SinCos(r);
        Quadrant(q, ref s, ref c);
        c += 0.0;
        if (s == 0) s = Math.CopySign(s, x);
        sinx = s;
        cosx = c;
    }

    /// <summary>round(x / 90) (ties to even), without the division in the common case |x| &lt;= 45.</summary>
    private static int Quadrant(double x) => Math.Abs(x) <= 45 ? 0 : (int)Math.Round(x / 90);

    private static void Quadrant(int q, ref double s, ref double c)
    {
        switch (q & 3)
        {
            case 1: (s, c) = (c, -s); break;
            case 2: (s, c) = (-s, -c); break;
            case 3: (s, c) = (-c, s); break;
        }
    }

    /// <summary>atan2(y, x) in degrees, exact where the result is a multiple of 90°.</summary>
    public static double Atan2d(double y, double x)
    {
        int q = 0;
        if (Math.Abs(y) > Math.Abs(x))
        {
            q = 2;
            (x, y) = (y, x);
        }
        if (x < 0)
        {
            q++;
            x = -x;
        }
        double ang = Math.Atan2(y, x) * DegreesPerRadian;
        return q switch
        {
            1 => Math.CopySign(180, y) - ang,
            2 => 90 - ang,
            3 => -90 + ang,
            _ => ang,
        };
    }
}
