// Port of GeographicLib (C. F. F. Karney), MIT licence: the AREA part of geodesic.py _GenInverse.
// Karney (2013) section 6: S12 = c² alp12 + e² a² cos(alp0) sin(alp0) (I4(sig2) − I4(sig1)).

namespace EcoSpace.Core.Geodesy;

public sealed partial class Geodesic
{
    /// <summary>
    /// S12, the area between the geodesic and the equator, in the canonical frame of GenInverse
    /// (the caller applies the sign of the transformation).
    /// </summary>
    private double AreaS12(double sbet1, double cbet1, double sbet2, double cbet2,
        double salp1, double calp1, double salp2, double calp2, bool meridian,
        double somg12, double comg12, double omg12)
    {
        double S12;
        // From Lambda12: sin(alp1) * cos(bet1) = sin(alp0)
        double salp0 = salp1 * cbet1;
        double calp0 = Math.Sqrt(calp1 * calp1 + GeoMath.Sq(salp1 * sbet1)); // calp0 > 0
        if (calp0 != 0 && salp0 != 0)
        {
            // From Lambda12: tan(bet) = tan(sig) * cos(alp)
            double ssig1 = sbet1, csig1 = calp1 * cbet1;
            double ssig2 = sbet2, csig2 = calp2 * cbet2;
            double k2 = GeoMath.Sq(calp0) * _ep2;
            double eps = k2 / (2 * (1 + Math.Sqrt(1 + k2)) + k2);
            double A4 = GeoMath.Sq(_a) * calp0 * salp0 * _e2; // a^2 e^2 cos(alp0) sin(alp0)
            (ssig1, csig1) = GeoMath.Norm(ssig1, csig1);
            (ssig2, csig2) = GeoMath.Norm(ssig2, csig2);
            Span<double> C4a = stackalloc double[nC4];
            C4f(eps, C4a);
            double B41 = SinCosSeries(false, ssig1, csig1, C4a);
            double B42 = SinCosSeries(false, ssig2, csig2, C4a);
            S12 = A4 * (B42 - B41);
        }
        else
        {
            S12 = 0.0; // sig1 and sig2 are indeterminate on the equator
        }

        if (!meridian && somg12 == 2.0)
            (somg12, comg12) = GeoMath.SinCos(omg12);

        double alp12;
        if (!meridian && comg12 > -0.7071 && sbet2 - sbet1 < 1.75) // omg12 < 3/4 pi, lat difference not too big
        {
            // tan(Gamma/2) = tan(omg12/2) * (tan(bet1/2) + tan(bet2/2)) / (1 + tan(bet1/2) tan(bet2/2))
            // with tan(x/2) = sin(x) / (1 + cos(x))
            double domg12 = 1 + comg12, dbet1 = 1 + cbet1, dbet2 = 1 + cbet2;
            alp12 = 2 * GeoMath.Atan2(somg12 * (sbet1 * dbet2 + sbet2 * dbet1),
                                   domg12 * (sbet1 * sbet2 + dbet1 * dbet2));
        }
        else
        {
            // alp12 = alp2 - alp1, used in atan2 so no need to normalize
            double salp12 = salp2 * calp1 - calp2 * salp1;
            double calp12 = calp2 * calp1 + salp2 * salp1;
            // alp1 = ±180 with alp2 = 0 must give alp12 = -180, which depends on the sign of 0.
            if (salp12 == 0 && calp12 < 0)
            {
                salp12 = tiny * calp1;
                calp12 = -1.0;
            }
            alp12 = GeoMath.Atan2(salp12, calp12);
        }
        return S12 + _c2 * alp12;
    }
}
