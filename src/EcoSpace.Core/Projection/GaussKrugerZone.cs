namespace EcoSpace.Core.Projection;

/// <summary>
/// One CGCS2000 Gauss-Krüger CRS of EPSG: Transverse Mercator on the CGCS2000 ellipsoid with scale 1
/// on <see cref="CentralMeridianDegrees"/>, latitude of origin 0, false northing 0 and
/// <see cref="FalseEastingMeters"/>. Coordinates are easting, northing in metres.
/// </summary>
/// <param name="Epsg">The EPSG code, 4491-4554.</param>
/// <param name="Name">The EPSG name, e.g. <c>CGCS2000 / 3-degree Gauss-Kruger CM 120E</c>.</param>
/// <param name="CentralMeridianDegrees">The central meridian, degrees east (75..135).</param>
/// <param name="FalseEastingMeters">500 000 m, with the zone number in the millions for the zone-prefixed codes.</param>
public readonly record struct GaussKrugerZone(int Epsg, string Name, double CentralMeridianDegrees, double FalseEastingMeters);
