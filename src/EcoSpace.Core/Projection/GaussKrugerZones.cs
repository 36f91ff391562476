namespace EcoSpace.Core.Projection;

/// <summary>
/// The CGCS2000 Gauss-Krüger CRSs of EPSG (all Transverse Mercator, scale 1, latitude of origin 0,
/// false northing 0, on the CGCS2000 ellipsoid):
/// <list type="bullet">
/// <item>4491-4501: 6° zones 13..23, central meridian 6·zone − 3 (75..135 E), false easting zone·10⁶ + 500 000</item>
/// <item>4502-4512: 6° zones by central meridian 75..135 E, false easting 500 000</item>
/// <item>4513-4533: 3° zones 25..45, central meridian 3·zone (75..135 E), false easting zone·10⁶ + 500 000</item>
/// <item>4534-4554: 3° zones by central meridian 75..135 E, false easting 500 000 (4549 = 120 E)</item>
/// </list>
/// </summary>
public static class GaussKrugerZones
{
    /// <summary>The lowest Gauss-Krüger code: CGCS2000 / Gauss-Kruger zone 13.</summary>
    public const int FirstEpsg = 4491;

    /// <summary>The highest Gauss-Krüger code: CGCS2000 / 3-degree Gauss-Kruger CM 135E.</summary>
    public const int LastEpsg = 4554;

    /// <summary>The 3° zone by central meridian (no zone prefix) on 75 E: EPSG:4534.</summary>
    public const int FirstThreeDegreeEpsg = 4534;

    /// <summary>The 3° zone by central meridian (no zone prefix) on 135 E: EPSG:4554.</summary>
    public const int LastThreeDegreeEpsg = 4554;

    /// <summary>The westernmost longitude, degrees east, inside a 3° zone (the west edge of CM 75E).</summary>
    public const double ThreeDegreeWestLimitDegrees = 73.5;

    /// <summary>The longitude, degrees east, where the 3° zones end (the east edge of CM 135E, not included).</summary>
    public const double ThreeDegreeEastLimitDegrees = 136.5;

    /// <summary>The zone with EPSG code <paramref name="epsg"/>, if it is one of 4491-4554.</summary>
    public static bool TryGet(int epsg, out GaussKrugerZone zone)
    {
        zone = default;
        switch (epsg)
        {
            case >= 4491 and <= 4501:
            {
                int number = epsg - 4491 + 13;
                zone = new(epsg, $"CGCS2000 / Gauss-Kruger zone {number}", 6 * number - 3, number * 1e6 + 500_000);
                return true;
            }
            case >= 4502 and <= 4512:
            {
                int cm = 75 + 6 * (epsg - 4502);
                zone = new(epsg, $"CGCS2000 / Gauss-Kruger CM {cm}E", cm, 500_000);
                return true;
            }
            case >= 4513 and <= 4533:
            {
                int number = epsg - 4513 + 25;
                zone = new(epsg, $"CGCS2000 / 3-degree Gauss-Kruger zone {number}", 3 * number, number * 1e6 + 500_000);
                return true;
            }
            case >= FirstThreeDegreeEpsg and <= LastThreeDegreeEpsg:
            {
                int cm = 75 + 3 * (epsg - FirstThreeDegreeEpsg);
                zone = new(epsg, $"CGCS2000 / 3-degree Gauss-Kruger CM {cm}E", cm, 500_000);
                return true;
            }
            default:
                return false;
        }
    }

    /// <summary>
    /// The 3° zone by central meridian (EPSG:4534-4554, false easting 500 000) that holds
    /// <paramref name="longitudeDegrees"/>: central meridian 3·round(longitude / 3), a longitude
    /// exactly on a zone edge (an odd multiple of 1.5°) taking the eastern zone, as the usual zone
    /// number ⌊(longitude + 1.5) / 3⌋ does. Null outside 73.5 ≤ longitude &lt; 136.5 E (and for NaN),
    /// where CGCS2000 has no 3° zone.
    /// </summary>
    public static GaussKrugerZone? ThreeDegreeZoneAt(double longitudeDegrees)
    {
        if (!(longitudeDegrees >= ThreeDegreeWestLimitDegrees && longitudeDegrees < ThreeDegreeEastLimitDegrees))
            return null;
        int cm = 3 * (int)Math.Floor(longitudeDegrees / 3 + 0.5);
        TryGet(FirstThreeDegreeEpsg + (cm - 75) / 3, out GaussKrugerZone zone);
        return zone;
    }
}
