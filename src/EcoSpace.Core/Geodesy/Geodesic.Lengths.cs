// Port of GeographicLib (C. F. F. Karney), MIT licence: geodesic.py _Lengths (Karney 2013, eqs. 38-42).

namespace EcoSpace.Core.Geodesy;

public sealed partial class Geodesic
{
    /// <summary>
    /// Lengths along the geodesic in units of b: distance s12b, reduced length m12b, the secular
    /// coefficient m0 of the reduced length, and the geodesic scales M12, M21 (those asked for).
    /// </summary>
    private void Lengths(double eps, double sig12,
        double ssig1, double csig1, double dn1, double ssig2, double csig2, double dn2,
        double cbet1, double cbet2, int outmask, Span<double> C1a, Span<double> C2a,
        out double s12b, out double m12b, out double m0, out double M12, out double M21)
    {
        outmask &= OUT_MASK;
        s12b = m12b = m0 = M12 = M21 = double.NaN;
        double A1 = 0, A2 = 0, m0x = 0, J12 = 0;
        if ((outmask & (DISTANCE | REDUCEDLENGTH | GEODESICSCALE)) != 0)
        {
            A1 = A1m1f(eps);
            C1f(eps, C1a);
            if ((outmask & (REDUCEDLENGTH | GEODESICSCALE)) != 0)
            {
                A2 = A2m1f(eps);
                C2f(eps, C2a);
                m0x = A1 - A2;
                A2 = 1 + A2;
            }
            A1 = 1 + A1;
        }
        if ((outmask & DISTANCE) != 0)
        {
            double B1 = SinCosSeries(true, ssig2, csig2, C1a) - SinCosSeries(true, ssig1, csig1, C1a);
            s12b = A1 * (sig12 + B1);
            if ((outmask & (REDUCEDLENGTH | GEODESICSCALE)) != 0)
            {
                double B2 = SinCosSeries(true, ssig2, csig2, C2a) - SinCosSeries(true, ssig1, csig1, C2a);
                J12 = m0x * sig12 + (A1 * B1 - A2 * B2);
            }
        }
        else if ((outmask & (REDUCEDLENGTH | GEODESICSCALE)) != 0)
        {
            // Assumes nC1 >= nC2.
            for (int l = 1; l <= nC2; l++)
                C2a[l] = A1 * C1a[l] - A2 * C2a[l];
            J12 = m0x * sig12 + (SinCosSeries(true, ssig2, csig2, C2a) - SinCosSeries(true, ssig1, csig1, C2a));
        }
        if ((outmask & REDUCEDLENGTH) != 0)
        {
            m0 = m0x;
            // The parentheses ensure accurate cancellation for coincident points.
            m12b = dn2 * (csig1 * ssig2) - dn1 * (ssig1 * csig2) - csig1 * csig2 * J12;
        }
        if ((outmask & GEODESICSCALE) != 0)
        {
            double csig12 = csig1 * csig2 + ssig1 * ssig2;
            double t = _ep2 * (cbet1 - cbet2) * (cbet1 + cbet2) / (dn1 + dn2);
            M12 = csig12 + (t * ssig2 - csig2 * J12) * ssig1 / dn1;
            M21 = csig12 - (t * ssig1 - csig1 * J12) * ssig2 / dn2;
        }
    }
}
