using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Features;

/// <summary>Geometry as the store keeps it: polygon kinds as MULTIPOLYGON, SRID 4490.</summary>
internal static class StoredGeometry
{
    public static Geometry Normalize(KindDefinition kind, Geometry geometry) =>
        kind.Geometry == GeometryKind.Area && geometry is Polygon polygon
            ? Cgcs2000.Factory.CreateMultiPolygon([polygon])
            : geometry;
}
