// Port of GeographicLib (C. F. F. Karney), MIT licence: the Newton iteration of geodesic.py _GenInverse,
// _Lambda12 (Karney 2013, section 4).

namespace EcoSpace.Core.Geodesy;

public sealed partial class Geodesic
{
    /// <summary>
    /// Newton's method on f(alp1) = lambda12(alp1) − lam12, which has exactly one root in (0, pi)
    /// with positive slope there. A bracket (alp1a, alp1b) is kept and shrunk at each evaluation;
    /// when the slope is not positive or a step leaves (0, pi), bisect the bracket instead.
    /// Returns sig12 for the converged alp1.
    /// </summary>
    private double SolveAzimuth(double sbet1, double cbet1, double dn1, double sbet2, double cbet2, double dn2,
        double slam12, double clam12, Span<double> C1a, Span<double> C2a, Span<double> C3a,
        ref double salp1, ref double calp1, out double salp2, out double calp2,
        out double ssig1, out double csig1, out double ssig2, out double csig2, out double eps, out double domg12)
    {
        int numit = 0;
        bool tripn = false, tripb = false;
        double salp1a = tiny, calp1a = 1.0, salp1b = tiny, calp1b = -1.0; // the bracket
        double sig12 = salp2 = calp2 = ssig1 = csig1 = ssig2 = csig2 = eps = domg12 = double.NaN;
        while (numit < maxit2)
        {
            // WGS84 test set: mean 1.47 iterations, sd 1.25, max 16.
            double v = Lambda12(sbet1, cbet1, sbet2, cbet2, salp1, calp1, slam12, clam12, C3a,
                out salp2, out calp2, out sig12, out ssig1, out csig1, out ssig2, out csig2,
                out eps, out domg12);
            // Reversed test to allow escape with NaNs.
            if (tripb || !(Math.Abs(v) >= (tripn ? 8 : 1) * tol0)) break;

            if (v > 0 && (numit > maxit1 || calp1 / salp1 > calp1b / salp1b))
            {
                salp1b = salp1; calp1b = calp1;
            }
            else if (v < 0 && (numit > maxit1 || calp1 / salp1 < calp1a / salp1a))
            {
                salp1a = salp1; calp1a = calp1;
            }

            numit++;
            // The slope is wanted only now, after the convergence test: GeographicLib computes it
            // with every lambda12, but most short edges converge on the first.
            if (numit < maxit1)
            {
                double dv = Lambda12Slope(sbet1, cbet1, dn1, cbet2, dn2, calp2, sig12,
                    ssig1, csig1, ssig2, csig2, eps, C1a, C2a);
                if (dv > 0 && NewtonStep(-v / dv, ref salp1, ref calp1))
                {
                    // Where the slope tends to zero convergence is not quadratic: test against
                    // epsilon rather than sqrt(epsilon).
                    tripn = Math.Abs(v) <= 16 * tol0;
                    continue;
                }
            }
            // Either dv was not positive or the step left the legal range: bisect the bracket.
            // Not needed for WGS84, but it catches problems with more eccentric ellipsoids.
            salp1 = (salp1a + salp1b) / 2;
            calp1 = (calp1a + calp1b) / 2;
            (salp1, calp1) = GeoMath.Norm(salp1, calp1);
            tripn = false;
            tripb = Math.Abs(salp1a - salp1) + (calp1a - calp1) < tolb ||
                    Math.Abs(salp1 - salp1b) + (calp1 - calp1b) < tolb;
        }
        return sig12;
    }

    /// <summary>Rotates alp1 by <paramref name="dalp1"/> unless that leaves (0, pi).</summary>
    private static bool NewtonStep(double dalp1, ref double salp1, ref double calp1)
    {
        (double sdalp1, double cdalp1) = GeoMath.SinCos(dalp1);
        double nsalp1 = salp1 * cdalp1 + calp1 * sdalp1;
        if (!(nsalp1 > 0 && Math.Abs(dalp1) < Math.PI))
            return false;
        calp1 = calp1 * cdalp1 - salp1 * sdalp1;
        salp1 = nsalp1;
        (salp1, calp1) = GeoMath.Norm(salp1, calp1);
        return true;
    }

    /// <summary>
    /// The hybrid problem: from point 1 with azimuth alp1, reach latitude bet2 and return how far
    /// the longitude overshoots lam12 (v).
    /// </summary>
    private double Lambda12(double sbet1, double cbet1, double sbet2, double cbet2,
        double salp1, double calp1, double slam120, double clam120, Span<double> C3a,
        out double salp2, out double calp2, out double sig12,
        out double ssig1, out double csig1, out double ssig2, out double csig2,
        out double eps, out double domg12)
    {
        if (sbet1 == 0 && calp1 == 0)
            calp1 = -tiny; // break the degeneracy of the equatorial line (handled already)

        // sin(alp1) * cos(bet1) = sin(alp0)
        double salp0 = salp1 * cbet1;
        double calp0 = Math.Sqrt(calp1 * calp1 + GeoMath.Sq(salp1 * sbet1)); // calp0 > 0

        // tan(bet1) = tan(sig1) * cos(alp1); tan(omg1) = sin(alp0) * tan(sig1)
        ssig1 = sbet1;
        double somg1 = salp0 * sbet1;
        csig1 = calp1 * cbet1;
        double comg1 = csig1;
        (ssig1, csig1) = GeoMath.Norm(ssig1, csig1);
        // somg1, comg1 need no normalization.

        // Enforce the symmetries for |bet2| = -bet1, which otherwise give singular Newton steps.
        // sin(alp2) * cos(bet2) = sin(alp0)
        salp2 = cbet2 != cbet1 ? salp0 / cbet2 : salp1;
        // calp2 = sqrt(calp0^2 - sbet2^2) / cbet2, rearranged; positive root gives alp2 in [0, pi/2].
        calp2 = cbet2 != cbet1 || Math.Abs(sbet2) != -sbet1
            ? Math.Sqrt(GeoMath.Sq(calp1 * cbet1) +
                        (cbet1 < -sbet1 ? (cbet2 - cbet1) * (cbet1 + cbet2) : (sbet1 - sbet2) * (sbet1 + sbet2))) / cbet2
            : Math.Abs(calp1);
        // tan(bet2) = tan(sig2) * cos(alp2); tan(omg2) = sin(alp0) * tan(sig2)
        ssig2 = sbet2;
        double somg2 = salp0 * sbet2;
        csig2 = calp2 * cbet2;
        double comg2 = csig2;
        (ssig2, csig2) = GeoMath.Norm(ssig2, csig2);

        // sig12 = sig2 - sig1 and omg12 = omg2 - omg1, limited to [0, pi]
        sig12 = GeoMath.Atan2(Math.Max(0.0, csig1 * ssig2 - ssig1 * csig2) + 0.0, csig1 * csig2 + ssig1 * ssig2);
        double somg12 = Math.Max(0.0, comg1 * somg2 - somg1 * comg2) + 0.0;
        double comg12 = comg1 * comg2 + somg1 * somg2;
        // eta = omg12 - lam120
        double eta = GeoMath.Atan2(somg12 * clam120 - comg12 * slam120, comg12 * clam120 + somg12 * slam120);

        double k2 = GeoMath.Sq(calp0) * _ep2;
        eps = k2 / (2 * (1 + Math.Sqrt(1 + k2)) + k2);
        C3f(eps, C3a);
        double B312 = SinCosSeries(true, ssig2, csig2, C3a) - SinCosSeries(true, ssig1, csig1, C3a);
        domg12 = -_f * A3f(eps) * salp0 * (sig12 + B312);
        return eta + domg12;
    }

    /// <summary>d lambda12 / d alp1 at the state Lambda12 left, from the reduced length.</summary>
    private double Lambda12Slope(double sbet1, double cbet1, double dn1, double cbet2, double dn2,
        double calp2, double sig12, double ssig1, double csig1, double ssig2, double csig2, double eps,
        Span<double> C1a, Span<double> C2a)
    {
        if (calp2 == 0)
            return -2 * _f1 * dn1 / sbet1;
        Lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, cbet1, cbet2, REDUCEDLENGTH, C1a, C2a,
            out _, out double dlam12, out _, out _, out _);
        return dlam12 * (_f1 / (calp2 * cbet2));
    }
}
