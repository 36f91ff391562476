namespace EcoSpace.Core.Geodesy;

/// <summary>An ellipsoid of revolution: equatorial radius <see cref="EquatorialRadiusMeters"/> (a) and flattening f = (a − b) / a.</summary>
public sealed record Ellipsoid(string Name, double EquatorialRadiusMeters, double Flattening)
{
    /// <summary>GRS 80, the ellipsoid of CGCS2000 (EPSG:4490), which EcoSpace measures on.</summary>
    public static Ellipsoid Grs80 { get; } = new("GRS80", 6_378_137, 1 / 298.257222101);

    /// <summary>WGS 84 (EPSG:4326, GeoJSON RFC 7946).</summary>
    public static Ellipsoid Wgs84 { get; } = new("WGS84", 6_378_137, 1 / 298.257223563);

    /// <summary>The polar semi-axis b = a (1 − f).</summary>
    public double PolarRadiusMeters => EquatorialRadiusMeters * (1 - Flattening);
}
