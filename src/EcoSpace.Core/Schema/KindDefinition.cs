using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Schema;

/// <summary>A layer kind: its name (also its table and collection name), labels, geometry and properties.</summary>
public sealed record KindDefinition(string Name, string Zh, string En, GeometryKind Geometry, IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);

    /// <summary>The GeoJSON geometry types this kind accepts.</summary>
    public IReadOnlyList<string> AllowedGeometryTypes => Geometry switch
    {
        GeometryKind.Line => ["LineString"],
        GeometryKind.Area => ["Polygon", "MultiPolygon"],
        _ => ["LineString", "MultiLineString", "Polygon", "MultiPolygon"],
    };

    public bool Accepts(Geometry geometry) => AllowedGeometryTypes.Contains(geometry.GeometryType);

    /// <summary>The OGC geometry type name of the kind's GeoPackage geometry column.</summary>
    public string GeoPackageGeometryTypeName => Geometry switch
    {
        GeometryKind.Line => "LINESTRING",
        GeometryKind.Area => "MULTIPOLYGON",
        _ => "GEOMETRY",
    };
}
