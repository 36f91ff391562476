using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace EcoSpace.Formats.Crs;

/// <summary>
/// The ProjNet inverse of EPSG:3857 (Web Mercator): x, y in metres → WGS 84 longitude, latitude,
/// taken as CGCS2000. Only input uses it; Gauss-Krüger transforms are Core's
/// <see cref="EcoSpace.Core.Projection.GaussKrugerTransforms"/>.
/// </summary>
internal static class WebMercatorToLonLat
{
    public static MathTransform Create() =>
        new CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(ProjectedCoordinateSystem.WebMercator, GeographicCoordinateSystem.WGS84)
            .MathTransform;
}
