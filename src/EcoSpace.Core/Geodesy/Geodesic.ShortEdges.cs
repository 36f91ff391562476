using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using V = System.Runtime.Intrinsics.Vector256<double>;

namespace EcoSpace.Core.Geodesy;

public sealed partial class Geodesic
{
    /// <summary>
    /// The distances in metres of the four edges of <paramref name="batch"/>, each exactly (to the
    /// bit) what <see cref="DistanceMeters(double, double, double, double)"/> gives.
    /// </summary>
    /// <remarks>
    /// Polylines are mostly short edges, and for those the inverse problem is one path through
    /// GenInverse: InverseStart's short-line estimate, one Lambda12 that already meets the Newton
    /// tolerance, then Lengths. That path is latency-bound (chains of sqrt and division), so it is
    /// run here for four edges at once in Vector256 lanes, with the very operations of the scalar
    /// code in the same order: IEEE arithmetic is per lane, so each lane gets the scalar bits. Any
    /// lane off that path (long, meridional, equatorial, nearly antipodal, needing a second Newton
    /// step, NaN...) is recomputed by the scalar code. Tests compare both on every edge of the data.
    /// </remarks>
    internal void Distances(ref EdgeBatch batch, Span<double> s12)
    {
        int solved = Vector256.IsHardwareAccelerated ? ShortEdgeDistances(ref batch, s12) : 0;
        for (int i = 0; i < EdgeBatch.Edges; i++)
        {
            if ((solved & (1 << i)) != 0) continue;
            s12[i] = DistanceMeters(batch.Vertex(i), batch.Lon[i], batch.Vertex(i + 1), batch.Lon[i + 1]);
        }
    }

    /// <summary>The short-edge path of GenInverse (DISTANCE only) in four lanes; returns the mask of lanes it solved.</summary>
    private int ShortEdgeDistances(ref EdgeBatch batch, Span<double> s12)
    {
        ReadOnlySpan<double> lon = batch.Lon, lat = batch.Lat, sbet = batch.Sbet, cbet = batch.Cbet;
        V lon1 = Vector256.Create(lon), lon2 = Vector256.Create(lon[1..]);

        // GeoMath.AngDiff, when both longitudes are within ±180° and so is their difference.
        V ok = Vector256.LessThan(Vector256.Abs(lon1), C(180)) & Vector256.LessThan(Vector256.Abs(lon2), C(180));
        V u = -lon1;
        V d = u + lon2;
        V up = d - lon2;
        V vpp = d - up;
        up -= u;
        vpp -= lon2;
        V t = C(0.0) - (up + vpp);
        ok &= Vector256.LessThan(Vector256.Abs(d), C(180)) & ~Vector256.Equals(d, V.Zero); // d = 0: meridional
        V lonsign = Vector256.ConditionalSelect(Vector256.LessThan(d, V.Zero), C(-1), C(1));
        V lon12 = d * lonsign;
        V lon12s = t * lonsign;
        V lam12 = lon12 * C(GeoMath.RadiansPerDegree);

        // GeoMath.SinCosde with quadrant 0 and a small angle.
        ok &= Vector256.LessThanOrEqual(lon12, C(45));
        V r = lon12 + lon12s;
        ok &= Vector256.GreaterThan(r, V.Zero);
        r = AngRound(r) * C(GeoMath.RadiansPerDegree);
        ok &= Vector256.LessThanOrEqual(r, C(GeoMath.SmallAngle));
        V slam12 = SinPoly(r), clam12 = CosPoly(r);
        ok &= ~Vector256.Equals(slam12, V.Zero);

        // Point 1 has the larger |latitude|, and lat1 <= 0.
        V latA = Vector256.Create(lat), latB = Vector256.Create(lat[1..]);
        ok &= Vector256.Equals(latA, latA) & Vector256.Equals(latB, latB);
        V swap = Vector256.LessThan(Vector256.Abs(latA), Vector256.Abs(latB));
        V lat1 = Vector256.ConditionalSelect(swap, latB, latA);
        V latsign = CopySign(C(1), -lat1);
        lat1 *= latsign;
        V sbetA = Vector256.Create(sbet), sbetB = Vector256.Create(sbet[1..]);
        V cbetA = Vector256.Create(cbet), cbetB = Vector256.Create(cbet[1..]);
        V sbet1 = Vector256.ConditionalSelect(swap, sbetB, sbetA) * latsign;
        V sbet2 = Vector256.ConditionalSelect(swap, sbetA, sbetB) * latsign;
        V cbet1 = Vector256.ConditionalSelect(swap, cbetB, cbetA);
        V cbet2 = Vector256.ConditionalSelect(swap, cbetA, cbetB);
        // Where |bet2| = |bet1| to roundoff, force it exactly, as GenInverse does (dn is not needed here).
        V cbet1Sensitive = Vector256.LessThan(cbet1, -sbet1);
        sbet2 = Vector256.ConditionalSelect(cbet1Sensitive & Vector256.Equals(cbet2, cbet1), CopySign(sbet1, sbet2), sbet2);
        cbet2 = Vector256.ConditionalSelect(~cbet1Sensitive & Vector256.Equals(Vector256.Abs(sbet2), -sbet1), cbet1, cbet2);
        ok &= ~Vector256.Equals(lat1, C(-90)) & ~Vector256.Equals(sbet1, V.Zero); // meridional or equatorial

        // InverseStart: the short-line estimate, neither really short nor nearly antipodal.
        V sbet12 = sbet2 * cbet1 - cbet2 * sbet1;
        V cbet12 = cbet2 * cbet1 + sbet2 * sbet1;
        ok &= Vector256.GreaterThanOrEqual(cbet12, V.Zero) & Vector256.LessThan(sbet12, C(0.5)) &
              Vector256.LessThan(cbet2 * lam12, C(0.5));
        V sbetm2 = Sq(sbet1 + sbet2);
        sbetm2 /= sbetm2 + Sq(cbet1 + cbet2);
        V dnm = Vector256.Sqrt(C(1) + C(_ep2) * sbetm2);
        V omg12 = lam12 / (C(_f1) * dnm);
        ok &= Vector256.LessThanOrEqual(Vector256.Abs(omg12), C(GeoMath.SmallAngle));
        V somg12 = SinPoly(omg12), comg12 = CosPoly(omg12);
        ok &= Vector256.GreaterThanOrEqual(comg12, V.Zero);
        V salp1 = cbet2 * somg12;
        V calp1 = sbet12 + cbet2 * sbet1 * Sq(somg12) / (C(1) + comg12);
        V ssig12 = Vector256.Sqrt(salp1 * salp1 + calp1 * calp1);
        V csig12 = sbet1 * sbet2 + cbet1 * cbet2 * comg12;
        ok &= Vector256.GreaterThanOrEqual(ssig12, C(_etol2)) & Vector256.GreaterThanOrEqual(csig12, V.Zero) &
              Vector256.GreaterThan(salp1, V.Zero);
        (salp1, calp1) = Norm(salp1, calp1);

        // Lambda12 at that estimate.
        V salp0 = salp1 * cbet1;
        V calp0 = Vector256.Sqrt(calp1 * calp1 + Sq(salp1 * sbet1));
        V somg1 = salp0 * sbet1;
        V comg1 = calp1 * cbet1;
        (V ssig1, V csig1) = Norm(sbet1, comg1);
        V calp2 = Vector256.ConditionalSelect(
            ~Vector256.Equals(cbet2, cbet1) | ~Vector256.Equals(Vector256.Abs(sbet2), -sbet1),
            Vector256.Sqrt(Sq(calp1 * cbet1) + Vector256.ConditionalSelect(cbet1Sensitive,
                (cbet2 - cbet1) * (cbet1 + cbet2), (sbet1 - sbet2) * (sbet1 + sbet2))) / cbet2,
            Vector256.Abs(calp1));
        V somg2 = salp0 * sbet2;
        V comg2 = calp2 * cbet2;
        (V ssig2, V csig2) = Norm(sbet2, comg2);
        V sig12 = Atan2Small(Vector256.Max(V.Zero, csig1 * ssig2 - ssig1 * csig2) + C(0.0), csig1 * csig2 + ssig1 * ssig2, ref ok);
        V somg12b = Vector256.Max(V.Zero, comg1 * somg2 - somg1 * comg2) + C(0.0);
        V comg12b = comg1 * comg2 + somg1 * somg2;
        V eta = Atan2Small(somg12b * clam12 - comg12b * slam12, comg12b * clam12 + somg12b * slam12, ref ok);
        V k2 = Sq(calp0) * C(_ep2);
        V eps = k2 / (C(2) * (C(1) + Vector256.Sqrt(C(1) + k2)) + k2);
        Span<V> C3a = stackalloc V[nC3];
        C3f(eps, C3a);
        V B312 = SinSeries(ssig2, csig2, C3a) - SinSeries(ssig1, csig1, C3a);
        V domg12 = C(-_f) * Polyval(nA3 - 1, _A3x, 0, eps) * salp0 * (sig12 + B312);
        V v = eta + domg12;
        ok &= Vector256.LessThan(Vector256.Abs(v), C(tol0)); // converged without a Newton step

        // Lengths, DISTANCE only.
        V A1 = A1m1f(eps);
        Span<V> C1a = stackalloc V[nC1 + 1];
        FillEvenSeries(nC1, C1Coeff, eps, C1a);
        A1 = C(1) + A1;
        V B1 = SinSeries(ssig2, csig2, C1a) - SinSeries(ssig1, csig1, C1a);
        V s12b = A1 * (sig12 + B1);
        (C(0.0) + s12b * C(_b)).CopyTo(s12);
        return (int)ok.ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static V C(double x) => Vector256.Create(x);

    private static V Sq(V x) => x * x;

    private static V CopySign(V magnitude, V sign)
    {
        V signBit = C(-0.0);
        return (magnitude & ~signBit) | (sign & signBit);
    }

    /// <summary>GeoMath.AngRound for positive x.</summary>
    private static V AngRound(V x)
    {
        V z = C(1 / 16.0);
        return Vector256.ConditionalSelect(Vector256.LessThan(x, z), z - (z - x), x);
    }

    private static (V X, V Y) Norm(V x, V y)
    {
        V r = Vector256.Sqrt(x * x + y * y);
        return (x / r, y / r);
    }

    // The series of GeoMath.SinCos and GeoMath.Atan2, term for term.
    private static V SinPoly(V x)
    {
        V x2 = x * x;
        return x + x * x2 * (C(-1 / 6.0) + x2 * (C(1 / 120.0) + x2 * (C(-1 / 5040.0) + x2 * C(1 / 362880.0))));
    }

    private static V CosPoly(V x)
    {
        V x2 = x * x;
        return C(1) + x2 * (C(-1 / 2.0) + x2 * (C(1 / 24.0) + x2 * (C(-1 / 720.0) + x2 * (C(1 / 40320.0) + x2 * C(-1 / 3628800.0)))));
    }

    /// <summary>GeoMath.Atan2 where it takes its series; other lanes are dropped from <paramref name="ok"/>.</summary>
    private static V Atan2Small(V y, V x, ref V ok)
    {
        ok &= Vector256.GreaterThan(x, V.Zero) & Vector256.LessThanOrEqual(Vector256.Abs(y), C(GeoMath.SmallAngle) * x);
        V t = y / x;
        V t2 = t * t;
        return t + t * t2 * (C(-1 / 3.0) + t2 * (C(1 / 5.0) + t2 * (C(-1 / 7.0) + t2 * (C(1 / 9.0) + t2 * C(-1 / 11.0)))));
    }

    private static V Polyval(int n, ReadOnlySpan<double> p, int s, V x)
    {
        V y = C(p[s]);
        while (n > 0)
        {
            n--;
            s++;
            y = y * x + C(p[s]);
        }
        return y;
    }

    /// <summary>SinCosSeries(true, ...).</summary>
    private static V SinSeries(V sinx, V cosx, ReadOnlySpan<V> c)
    {
        int k = c.Length;
        int n = k - 1;
        V ar = C(2) * (cosx - sinx) * (cosx + sinx);
        V y0 = V.Zero, y1 = V.Zero;
        if ((n & 1) != 0) y0 = c[--k];
        n /= 2;
        while (n-- > 0)
        {
            y1 = ar * y0 - y1 + c[--k];
            y0 = ar * y1 - y0 + c[--k];
        }
        return C(2) * sinx * cosx * y0;
    }

    private static V A1m1f(V eps)
    {
        ReadOnlySpan<double> coeff = A1m1Coeff;
        const int m = nA1 / 2;
        V t = Polyval(m, coeff, 0, Sq(eps)) / C(coeff[m + 1]);
        return (t + eps) / (C(1) - eps);
    }

    private static void FillEvenSeries(int order, ReadOnlySpan<double> coeff, V eps, Span<V> c)
    {
        V eps2 = Sq(eps);
        V d = eps;
        int o = 0;
        for (int l = 1; l <= order; l++)
        {
            int m = (order - l) / 2;
            c[l] = d * Polyval(m, coeff, o, eps2) / C(coeff[o + m + 1]);
            o += m + 2;
            d *= eps;
        }
    }

    private void C3f(V eps, Span<V> c)
    {
        V mult = C(1);
        int o = 0;
        for (int l = 1; l < nC3; l++)
        {
            int m = nC3 - l - 1;
            mult *= eps;
            c[l] = mult * Polyval(m, _C3x, o, eps);
            o += m + 1;
        }
    }
}
