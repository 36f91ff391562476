// Port of GeographicLib (C. F. F. Karney), MIT licence: geodesic.py _InverseStart and _Astroid
// (Karney 2013, section 5: the starting point, and the nearly antipodal case).

namespace EcoSpace.Core.Geodesy;

public sealed partial class Geodesic
{
    /// <summary>
    /// A starting alp1 for Newton's method (returns −1), or, for really short lines, the solution
    /// itself (returns sig12 and sets alp2 and dnm).
    /// </summary>
    private double InverseStart(double sbet1, double cbet1, double dn1, double sbet2, double cbet2, double dn2,
        double lam12, double slam12, double clam12, Span<double> C1a, Span<double> C2a,
        out double salp1, out double calp1, out double salp2, out double calp2, out double dnm)
    {
        double sig12 = -1;
        salp2 = calp2 = dnm = double.NaN;
        // bet12 = bet2 - bet1 in [0, pi); bet12a = bet2 + bet1 in (-pi, 0]
        double sbet12 = sbet2 * cbet1 - cbet2 * sbet1;
        double cbet12 = cbet2 * cbet1 + sbet2 * sbet1;
        double sbet12a = sbet2 * cbet1;
        sbet12a += cbet2 * sbet1;

        bool shortline = cbet12 >= 0 && sbet12 < 0.5 && cbet2 * lam12 < 0.5;
        double somg12, comg12;
        if (shortline)
        {
            // sin((bet1+bet2)/2)^2 = (sbet1 + sbet2)^2 / ((sbet1 + sbet2)^2 + (cbet1 + cbet2)^2)
            double sbetm2 = GeoMath.Sq(sbet1 + sbet2);
            sbetm2 /= sbetm2 + GeoMath.Sq(cbet1 + cbet2);
            dnm = Math.Sqrt(1 + _ep2 * sbetm2);
            double omg12 = lam12 / (_f1 * dnm);
            (somg12, comg12) = GeoMath.SinCos(omg12);
        }
        else
        {
            somg12 = slam12;
            comg12 = clam12;
        }

        salp1 = cbet2 * somg12;
        calp1 = comg12 >= 0
            ? sbet12 + cbet2 * sbet1 * GeoMath.Sq(somg12) / (1 + comg12)
            : sbet12a - cbet2 * sbet1 * GeoMath.Sq(somg12) / (1 - comg12);

        double ssig12 = Math.Sqrt(salp1 * salp1 + calp1 * calp1);
        double csig12 = sbet1 * sbet2 + cbet1 * cbet2 * comg12;

        if (shortline && ssig12 < _etol2)
        {
            // Really short lines.
            salp2 = cbet1 * somg12;
            calp2 = sbet12 - cbet1 * sbet2 * (comg12 >= 0 ? GeoMath.Sq(somg12) / (1 + comg12) : 1 - comg12);
            (salp2, calp2) = GeoMath.Norm(salp2, calp2);
            sig12 = GeoMath.Atan2(ssig12, csig12);
        }
        else if (Math.Abs(_n) >= 0.1 || csig12 >= 0 || ssig12 >= 6 * Math.Abs(_n) * Math.PI * GeoMath.Sq(cbet1))
        {
            // Too eccentric for the astroid, or not nearly antipodal: the zeroth-order spherical
            // estimate is good enough.
        }
        else
        {
            // Nearly antipodal. Scale lam12 and bet2 to x, y coordinates where the antipode is at
            // the origin and the singular point at y = 0, x = -1.
            double x, y, lamscale, betscale;
            double lam12x = GeoMath.Atan2(-slam12, -clam12);
            if (_f >= 0)
            {
                // x = dlong, y = dlat
                double k2 = GeoMath.Sq(sbet1) * _ep2;
                double eps = k2 / (2 * (1 + Math.Sqrt(1 + k2)) + k2);
                lamscale = _f * cbet1 * A3f(eps) * Math.PI;
                betscale = lamscale * cbet1;
                x = lam12x / lamscale;
                y = sbet12a / betscale;
            }
            else
            {
                // x = dlat, y = dlong
                double cbet12a = cbet2 * cbet1 - sbet2 * sbet1;
                double bet12a = GeoMath.Atan2(sbet12a, cbet12a);
                // In the case of lon12 = 180, this repeats a calculation made in Inverse.
                Lengths(_n, Math.PI + bet12a, sbet1, -cbet1, dn1, sbet2, cbet2, dn2, cbet1, cbet2,
                    REDUCEDLENGTH, C1a, C2a, out _, out double m12b, out double m0, out _, out _);
                x = -1 + m12b / (cbet1 * cbet2 * m0 * Math.PI);
                betscale = x < -0.01 ? sbet12a / x : -_f * GeoMath.Sq(cbet1) * Math.PI;
                lamscale = betscale / cbet1;
                y = lam12x / lamscale;
            }

            if (y > -tol1 && x > -1 - xthresh)
            {
                // Strip near the cut.
                if (_f >= 0)
                {
                    salp1 = Math.Min(1.0, -x);
                    calp1 = -Math.Sqrt(1 - GeoMath.Sq(salp1));
                }
                else
                {
                    calp1 = Math.Max(x > -tol1 ? 0.0 : -1.0, x);
                    salp1 = Math.Sqrt(1 - GeoMath.Sq(calp1));
                }
            }
            else
            {
                // Solve the astroid problem for omg12 (better than estimating alp1 directly: fewer
                // Newton iterations), then use the spherical formula for alp1. omg12 is near pi,
                // so work with omg12a = pi - omg12.
                double k = Astroid(x, y);
                double omg12a = lamscale * (_f >= 0 ? -x * k / (1 + k) : -y * (1 + k) / k);
                (somg12, comg12) = GeoMath.SinCos(omg12a);
                comg12 = -comg12;
                salp1 = cbet2 * somg12;
                calp1 = sbet12a - cbet2 * sbet1 * GeoMath.Sq(somg12) / (1 - comg12);
            }
        }
        // Sanity check on the starting guess; the backwards test lets NaN through.
        if (!(salp1 <= 0))
        {
            (salp1, calp1) = GeoMath.Norm(salp1, calp1);
        }
        else
        {
            salp1 = 1;
            calp1 = 0;
        }
        return sig12;
    }

    /// <summary>The positive root k of k^4 + 2k^3 − (x² + y² − 1)k² − 2y²k − y² = 0 (after Geocentric::Reverse).</summary>
    private static double Astroid(double x, double y)
    {
        double p = GeoMath.Sq(x);
        double q = GeoMath.Sq(y);
        double r = (p + q - 1) / 6;
        if (q == 0 && r <= 0)
            return 0; // y = 0 with |x| <= 1; for small y the root is |y| / sqrt(1 - x^2)

        // Multiply the equations for s and t by r^3 and r to avoid dividing by r = 0.
        double S = p * q / 4; // S = r^3 * s
        double r2 = GeoMath.Sq(r);
        double r3 = r * r2;
        // The discriminant of the quadratic for T3; zero on the evolute p^(1/3) + q^(1/3) = 1.
        double disc = S * (S + 2 * r3);
        double u = r;
        if (disc >= 0)
        {
            double T3 = S + r3;
            // The sign of the sqrt maximizes |T3| to avoid cancellation; u is unchanged by it.
            T3 += T3 < 0 ? -Math.Sqrt(disc) : Math.Sqrt(disc); // T3 = (r * t)^3
            double T = Math.Cbrt(T3); // T = r * t, the real root
            u += T + (T != 0 ? r2 / T : 0);
        }
        else
        {
            // T is complex but u is real; pick the cube root that avoids cancellation (disc < 0 implies r < 0).
            double ang = GeoMath.Atan2(Math.Sqrt(-disc), -(S + r3));
            u += 2 * r * Math.Cos(ang / 3);
        }
        double v = Math.Sqrt(GeoMath.Sq(u) + q); // positive
        double uv = u < 0 ? q / (v - u) : u + v; // u + v without cancellation, positive
        double w = (uv - q) / (2 * v);
        // Rearranged to avoid subtraction; no division by 0 since uv > 0, w >= 0.
        return uv / (Math.Sqrt(uv + GeoMath.Sq(w)) + w);
    }
}
