// Port of GeographicLib (C. F. F. Karney), MIT licence: geodesic.py _GenInverse (Karney 2013,
// sections 3-5 and the addenda); the iteration, start and lengths are in the partials beside it.

using System.Runtime.CompilerServices;

namespace EcoSpace.Core.Geodesy;

public sealed partial class Geodesic
{
    /// <summary>
    /// The general inverse problem. Returns a12 (degrees); the outputs not asked for in
    /// <paramref name="outmask"/> are NaN. Azimuths come back as (sin, cos) pairs.
    /// </summary>
    private double GenInverse(double lat1, double lon1, double lat2, double lon2, int outmask,
        out double s12, out double salp1, out double calp1, out double salp2, out double calp2,
        out double m12, out double M12, out double M21, out double S12) =>
        GenInverse(Latitude(lat1), lon1, Latitude(lat2), lon2, outmask,
            out s12, out salp1, out calp1, out salp2, out calp2, out m12, out M12, out M21, out S12);

    /// <summary>
    /// The latitude terms of one end of a geodesic (reduced latitude beta and dn), computed for
    /// the latitude as given; GenInverse flips their sign into its canonical frame, which gives the
    /// same bits as computing them there, since sincosd and the normalization are odd in lat.
    /// A vertex shared by two edges is thus computed once.
    /// </summary>
    internal LatitudeTerms Latitude(double lat)
    {
        // If really close to the equator, treat as on the equator.
        lat = GeoMath.AngRound(GeoMath.LatFix(lat));
        GeoMath.SinCosd(lat, out double sbet, out double cbet);
        sbet *= _f1;
        (sbet, cbet) = GeoMath.Norm(sbet, cbet);
        cbet = Math.Max(tiny, cbet); // cbet = +epsilon at poles
        return new LatitudeTerms(lat, sbet, cbet, Math.Sqrt(1 + _ep2 * GeoMath.Sq(sbet)));
    }

    private double GenInverse(in LatitudeTerms point1, double lon1, in LatitudeTerms point2, double lon2, int outmask,
        out double s12, out double salp1, out double calp1, out double salp2, out double calp2,
        out double m12, out double M12, out double M21, out double S12)
    {
        double a12 = double.NaN;
        s12 = m12 = M12 = M21 = S12 = double.NaN;
        outmask &= OUT_MASK;

        // Longitude difference in [-180, 180]: -180 only for west-going geodesics.
        double lon12 = GeoMath.AngDiff(lon1, lon2, out double lon12s);
        double lonsign = Math.CopySign(1, lon12);
        lon12 *= lonsign;
        lon12s *= lonsign;
        double lam12 = lon12 * GeoMath.RadiansPerDegree;
        GeoMath.SinCosde(lon12, lon12s, out double slam12, out double clam12);
        lon12s = (180 - lon12) - lon12s; // the supplementary longitude difference

        // Swap so that point 1 has the larger |latitude| (a NaN latitude becomes lat1).
        bool swap = Math.Abs(point1.Lat) < Math.Abs(point2.Lat) || double.IsNaN(point2.Lat);
        double swapp = swap ? -1 : 1;
        if (swap) lonsign *= -1;
        ref readonly LatitudeTerms p1 = ref swap ? ref point2 : ref point1;
        ref readonly LatitudeTerms p2 = ref swap ? ref point1 : ref point2;
        double latsign = Math.CopySign(1, -p1.Lat);
        double lat1 = p1.Lat * latsign;
        // Now 0 <= lon12 <= 180, -90 <= lat1 <= 0, lat1 <= lat2 <= -lat1. lonsign, swapp and
        // latsign record the transformation to this canonical form.
        double sbet1 = p1.Sbet * latsign, cbet1 = p1.Cbet, dn1 = p1.Dn;
        double sbet2 = p2.Sbet * latsign, cbet2 = p2.Cbet, dn2 = p2.Dn;

        // If cbet1 < -sbet1, cbet2 - cbet1 is a sensitive measure of |bet1| - |bet2|, else
        // |sbet2| + sbet1 is; when it vanishes force bet2 = ±bet1 exactly (Lambda12 relies on it).
        if (cbet1 < -sbet1)
        {
            if (cbet2 == cbet1)
            {
                sbet2 = Math.CopySign(sbet1, sbet2);
                dn2 = Math.Sqrt(1 + _ep2 * GeoMath.Sq(sbet2));
            }
        }
        else if (Math.Abs(sbet2) == -sbet1)
        {
            cbet2 = cbet1;
        }

        SeriesScratch scratch = default;
        Span<double> C1a = scratch.C1a, C2a = scratch.C2a, C3a = scratch.C3a;

        double sig12, s12x = double.NaN, m12x = double.NaN;
        double ssig1, csig1, ssig2, csig2;
        bool meridian = lat1 == -90 || slam12 == 0;
        salp1 = calp1 = salp2 = calp2 = double.NaN;

        if (meridian)
        {
            // Both ends on one meridian: the geodesic may run along it.
            calp1 = clam12; salp1 = slam12; // head to the target longitude
            calp2 = 1.0; salp2 = 0.0;       // at the target we're heading north

            // tan(bet) = tan(sig) * cos(alp)
            ssig1 = sbet1; csig1 = calp1 * cbet1;
            ssig2 = sbet2; csig2 = calp2 * cbet2;

            sig12 = GeoMath.Atan2(Math.Max(0.0, csig1 * ssig2 - ssig1 * csig2) + 0.0,
                               csig1 * csig2 + ssig1 * ssig2);

            // m12 only matters for the tests below when sig12 < tol0 or sig12 >= 1.
            int meridianmask = outmask | DISTANCE |
                ((outmask & REDUCEDLENGTH) != 0 || !(sig12 >= tol0 && sig12 < 1) ? REDUCEDLENGTH : EMPTY);
            Lengths(_n, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, cbet1, cbet2,
                meridianmask, C1a, C2a, out s12x, out m12x, out _, out M12, out M21);

            // sig12 > pi/2 with m12 < 0 means a meridian that is not a shortest path (prolate,
            // nearly antipodal); the sig12 check lets zero-length geodesics through.
            if (sig12 < 1 || m12x >= 0)
            {
                if (sig12 < 3 * tiny || (sig12 < tol0 && (s12x < 0 || m12x < 0)))
                    sig12 = m12x = s12x = 0.0;
                m12x *= _b;
                s12x *= _b;
                a12 = sig12 * GeoMath.DegreesPerRadian;
            }
            else
            {
                meridian = false;
            }
        }

        double somg12 = 2.0, comg12 = 0.0, omg12 = 0.0; // somg12 == 2 marks "not yet computed"
        if (!meridian && sbet1 == 0 && (_f <= 0 || lon12s >= _f * 180)) // mimics Lambda12 with calp1 = 0
        {
            // Along the equator.
            calp1 = calp2 = 0.0;
            salp1 = salp2 = 1.0;
            s12x = _a * lam12;
            sig12 = omg12 = lam12 / _f1;
            m12x = _b * Math.Sin(sig12);
            if ((outmask & GEODESICSCALE) != 0) M12 = M21 = Math.Cos(sig12);
            a12 = lon12 / _f1;
        }
        else if (!meridian)
        {
            // Both points within a hemisphere bounded by a meridian; neither meridional nor equatorial.
            sig12 = InverseStart(sbet1, cbet1, dn1, sbet2, cbet2, dn2, lam12, slam12, clam12, C1a, C2a,
                out salp1, out calp1, out salp2, out calp2, out double dnm);

            if (sig12 >= 0)
            {
                // Short lines: InverseStart has set salp2, calp2 and dnm.
                s12x = sig12 * _b * dnm;
                m12x = GeoMath.Sq(dnm) * _b * Math.Sin(sig12 / dnm);
                if ((outmask & GEODESICSCALE) != 0) M12 = M21 = Math.Cos(sig12 / dnm);
                a12 = sig12 * GeoMath.DegreesPerRadian;
                omg12 = lam12 / (_f1 * dnm);
            }
            else
            {
                sig12 = SolveAzimuth(sbet1, cbet1, dn1, sbet2, cbet2, dn2, slam12, clam12, C1a, C2a, C3a,
                    ref salp1, ref calp1, out salp2, out calp2,
                    out ssig1, out csig1, out ssig2, out csig2, out double eps, out double domg12);

                int lengthmask = outmask | ((outmask & (REDUCEDLENGTH | GEODESICSCALE)) != 0 ? DISTANCE : EMPTY);
                Lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, cbet1, cbet2, lengthmask, C1a, C2a,
                    out s12x, out m12x, out _, out M12, out M21);

                m12x *= _b;
                s12x *= _b;
                a12 = sig12 * GeoMath.DegreesPerRadian;
                if ((outmask & AREA) != 0)
                {
                    // omg12 = lam12 - domg12
                    (double sdomg12, double cdomg12) = GeoMath.SinCos(domg12);
                    somg12 = slam12 * cdomg12 - clam12 * sdomg12;
                    comg12 = clam12 * cdomg12 + slam12 * sdomg12;
                }
            }
        }

        if ((outmask & DISTANCE) != 0) s12 = 0.0 + s12x; // -0 to 0
        if ((outmask & REDUCEDLENGTH) != 0) m12 = 0.0 + m12x;

        if ((outmask & AREA) != 0)
            S12 = AreaS12(sbet1, cbet1, sbet2, cbet2, salp1, calp1, salp2, calp2, meridian,
                somg12, comg12, omg12) * (swapp * lonsign * latsign) + 0.0;

        // Undo the canonical transformation on the azimuths.
        if (swapp < 0)
        {
            (salp1, salp2) = (salp2, salp1);
            (calp1, calp2) = (calp2, calp1);
            if ((outmask & GEODESICSCALE) != 0) (M12, M21) = (M21, M12);
        }
        salp1 *= swapp * lonsign; calp1 *= swapp * latsign;
        salp2 *= swapp * lonsign; calp2 *= swapp * latsign;
        return a12;
    }
}

/// <summary>The latitude-only terms of a geodesic end: latitude (degrees, rounded near the equator), sin and cos of the reduced latitude, and dn = sqrt(1 + e'² sin²β).</summary>
internal readonly record struct LatitudeTerms(double Lat, double Sbet, double Cbet, double Dn);

/// <summary>Room for the C1, C2 and C3 series on the stack, without a heap allocation per call.</summary>
internal struct SeriesScratch
{
    public Coefficients7 C1a, C2a;
    public Coefficients6 C3a;
}

[InlineArray(7)]
internal struct Coefficients7
{
    private double _element;
}

[InlineArray(6)]
internal struct Coefficients6
{
    private double _element;
}
