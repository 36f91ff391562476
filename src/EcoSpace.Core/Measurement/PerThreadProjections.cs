using EcoSpace.Core.Projection;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoSpace.Core.Measurement;

/// <summary>
/// Forward Gauss-Krüger transforms (lon/lat → easting, northing), built once per zone and thread:
/// a ProjNet transform is not thread-safe, and building one costs far more than projecting a short line.
/// </summary>
internal static class PerThreadProjections
{
    [ThreadStatic]
    private static MathTransform?[]? t_fromLonLat;

    public static MathTransform FromLonLat(GaussKrugerZone zone)
    {
        var cache = t_fromLonLat ??= new MathTransform?[GaussKrugerZones.LastEpsg - GaussKrugerZones.FirstEpsg + 1];
        return cache[zone.Epsg - GaussKrugerZones.FirstEpsg] ??= GaussKrugerTransforms.FromLonLat(zone);
    }
}
