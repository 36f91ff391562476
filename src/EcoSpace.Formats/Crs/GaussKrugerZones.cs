namespace EcoSpace.Formats.Crs;

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
internal static class GaussKrugerZones
{
    public readonly record struct Zone(string Name, double CentralMeridianDegrees, double FalseEastingMeters);

    public static bool TryGet(int epsg, out Zone zone)
    {
        zone = default;
        switch (epsg)
        {
            case >= 4491 and <= 4501:
            {
                int number = epsg - 4491 + 13;
                zone = new($"CGCS2000 / Gauss-Kruger zone {number}", 6 * number - 3, number * 1e6 + 500_000);
                return true;
            }
            case >= 4502 and <= 4512:
            {
                int cm = 75 + 6 * (epsg - 4502);
                zone = new($"CGCS2000 / Gauss-Kruger CM {cm}E", cm, 500_000);
                return true;
            }
            case >= 4513 and <= 4533:
            {
                int number = epsg - 4513 + 25;
                zone = new($"CGCS2000 / 3-degree Gauss-Kruger zone {number}", 3 * number, number * 1e6 + 500_000);
                return true;
            }
            case >= 4534 and <= 4554:
            {
                int cm = 75 + 3 * (epsg - 4534);
                zone = new($"CGCS2000 / 3-degree Gauss-Kruger CM {cm}E", cm, 500_000);
                return true;
            }
            default:
                return false;
        }
    }
}
