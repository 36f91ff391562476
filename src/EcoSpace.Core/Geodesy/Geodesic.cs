// Port of GeographicLib (C. F. F. Karney), MIT licence: geodesic.py (GeographicLib::Geodesic).
// C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43-55 (2013), https://doi.org/10.1007/s00190-012-0578-z
// https://geographiclib.sourceforge.io/

using System.Collections.Concurrent;

namespace EcoSpace.Core.Geodesy;

/// <summary>
/// Geodesics on one ellipsoid, after Karney (2013): the inverse problem accurate to about 15 nm
/// and the area under a geodesic for polygon areas. Build one per ellipsoid (the series
/// coefficients are precomputed) and share it: instances are immutable and thread-safe.
/// Angles are in degrees with latitude first, as in GeographicLib.
/// </summary>
public sealed partial class Geodesic
{
    private const int GeodesicOrder = 6;
    private const int nA1 = GeodesicOrder, nC1 = GeodesicOrder, nC1p = GeodesicOrder;
    private const int nA2 = GeodesicOrder, nC2 = GeodesicOrder;
    private const int nA3 = GeodesicOrder, nA3x = nA3;
    private const int nC3 = GeodesicOrder, nC3x = nC3 * (nC3 - 1) / 2;
    private const int nC4 = GeodesicOrder, nC4x = nC4 * (nC4 + 1) / 2;
    private const int maxit1 = 20;
    private const int maxit2 = maxit1 + 53 + 10; // 53 = mantissa digits of a double

    private const double MinNormalDouble = 2.2250738585072014e-308;
    private const double MachineEpsilon = 2.220446049250313e-16; // 2^-52 (not double.Epsilon, the smallest subnormal)
    private static readonly double tiny = Math.Sqrt(MinNormalDouble);
    private const double tol0 = MachineEpsilon;
    private const double tol1 = 200 * tol0;
    private static readonly double tol2 = Math.Sqrt(tol0);
    private static readonly double tolb = tol0 * tol2;
    private static readonly double xthresh = 1000 * tol2;

    // Output masks (GeographicLib's outmask): each names the series it needs.
    private const int CAP_NONE = 0, CAP_C1 = 1 << 0, CAP_C1p = 1 << 1, CAP_C2 = 1 << 2, CAP_C3 = 1 << 3, CAP_C4 = 1 << 4;
    private const int OUT_MASK = 0xFF80;
    private const int EMPTY = 0;
    private const int LATITUDE = 1 << 7 | CAP_NONE;
    private const int LONGITUDE = 1 << 8 | CAP_C3;
    private const int AZIMUTH = 1 << 9 | CAP_NONE;
    private const int DISTANCE = 1 << 10 | CAP_C1;
    private const int STANDARD = LATITUDE | LONGITUDE | AZIMUTH | DISTANCE;
    private const int REDUCEDLENGTH = 1 << 12 | CAP_C1 | CAP_C2;
    private const int GEODESICSCALE = 1 << 13 | CAP_C1 | CAP_C2;
    private const int AREA = 1 << 14 | CAP_C4;

    private static readonly ConcurrentDictionary<Ellipsoid, Geodesic> Others = new();

    private readonly double _a, _f, _f1, _e2, _ep2, _n, _b, _c2, _etol2;
    private readonly double[] _A3x = new double[nA3x];
    private readonly double[] _C3x = new double[nC3x];
    private readonly double[] _C4x = new double[nC4x];

    /// <summary>Geodesics on GRS 80 (CGCS2000).</summary>
    public static Geodesic Grs80 { get; } = new(Ellipsoid.Grs80);

    /// <summary>Geodesics on WGS 84.</summary>
    public static Geodesic Wgs84 { get; } = new(Ellipsoid.Wgs84);

    /// <summary>The shared instance for <paramref name="ellipsoid"/>.</summary>
    public static Geodesic For(Ellipsoid ellipsoid)
    {
        if (ellipsoid == Ellipsoid.Grs80) return Grs80;
        if (ellipsoid == Ellipsoid.Wgs84) return Wgs84;
        return Others.GetOrAdd(ellipsoid, e => new Geodesic(e));
    }

    public Geodesic(Ellipsoid ellipsoid)
    {
        ArgumentNullException.ThrowIfNull(ellipsoid);
        Ellipsoid = ellipsoid;
        _a = ellipsoid.EquatorialRadiusMeters;
        _f = ellipsoid.Flattening;
        _f1 = 1 - _f;
        _e2 = _f * (2 - _f);
        _ep2 = _e2 / GeoMath.Sq(_f1);
        _n = _f / (2 - _f);
        _b = _a * _f1;
        // Authalic radius squared.
        _c2 = (GeoMath.Sq(_a) + GeoMath.Sq(_b) *
               (_e2 == 0 ? 1 :
                (_e2 > 0 ? Math.Atanh(Math.Sqrt(_e2)) : Math.Atan(Math.Sqrt(-_e2))) / Math.Sqrt(Math.Abs(_e2)))) / 2;
        // The sig12 threshold for "really short" lines, where the auxiliary sphere solution with
        // dn at the mid latitude is exact to roundoff (0.1 is a safety factor).
        _etol2 = 0.1 * tol2 / Math.Sqrt(Math.Max(0.001, Math.Abs(_f)) * Math.Min(1.0, 1 - _f / 2) / 2);
        if (!(double.IsFinite(_a) && _a > 0))
            throw new ArgumentException("Equatorial radius is not positive", nameof(ellipsoid));
        if (!(double.IsFinite(_b) && _b > 0))
            throw new ArgumentException("Polar semi-axis is not positive", nameof(ellipsoid));
        A3coeff();
        C3coeff();
        C4coeff();
    }

    public Ellipsoid Ellipsoid { get; }

    /// <summary>The total area of the ellipsoid, 4π c² with c the authalic radius.</summary>
    public double EllipsoidAreaSquareMeters => 4 * Math.PI * _c2;

    /// <summary>
    /// Solves the inverse problem: the shortest geodesic from point 1 to point 2 (degrees).
    /// Latitudes outside [-90, 90] give NaN.
    /// </summary>
    public GeodesicInverse Inverse(double lat1Degrees, double lon1Degrees, double lat2Degrees, double lon2Degrees)
    {
        double a12 = GenInverse(lat1Degrees, lon1Degrees, lat2Degrees, lon2Degrees, DISTANCE | AZIMUTH,
            out double s12, out double salp1, out double calp1, out double salp2, out double calp2,
            out _, out _, out _, out _);
        return new GeodesicInverse(s12, GeoMath.Atan2d(salp1, calp1), GeoMath.Atan2d(salp2, calp2), a12);
    }

    /// <summary>The geodesic distance in metres between two points (degrees); computes nothing else.</summary>
    public double DistanceMeters(double lat1Degrees, double lon1Degrees, double lat2Degrees, double lon2Degrees)
    {
        GenInverse(lat1Degrees, lon1Degrees, lat2Degrees, lon2Degrees, DISTANCE,
            out double s12, out _, out _, out _, out _, out _, out _, out _, out _);
        return s12;
    }

    /// <summary>The distance in metres between two ends prepared with <see cref="Latitude"/>.</summary>
    internal double DistanceMeters(in LatitudeTerms point1, double lon1Degrees, in LatitudeTerms point2, double lon2Degrees)
    {
        GenInverse(point1, lon1Degrees, point2, lon2Degrees, DISTANCE,
            out double s12, out _, out _, out _, out _, out _, out _, out _, out _);
        return s12;
    }

    /// <summary>A new, empty polygon on this ellipsoid for accumulating area and perimeter.</summary>
    public GeodesicPolygon Polygon() => new(this);

    /// <summary>Distance and S12 (the area between the geodesic and the equator, m²) as polygon edges need them.</summary>
    internal double DistanceAndArea(in LatitudeTerms lat1, double lon1, in LatitudeTerms lat2, double lon2, out double areaS12)
    {
        GenInverse(lat1, lon1, lat2, lon2, DISTANCE | AREA,
            out double s12, out _, out _, out _, out _, out _, out _, out _, out areaS12);
        return s12;
    }
}

/// <summary>The result of <see cref="Geodesic.Inverse"/>: distance, forward azimuths at both ends (clockwise from north) and the arc length on the auxiliary sphere.</summary>
public readonly record struct GeodesicInverse(
    double DistanceMeters, double Azimuth1Degrees, double Azimuth2Degrees, double ArcLengthDegrees);
