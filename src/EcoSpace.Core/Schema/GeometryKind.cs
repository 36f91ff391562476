namespace EcoSpace.Core.Schema;

/// <summary>The geometry family a kind stores; decides the GeoPackage geometry type name.</summary>
public enum GeometryKind
{
    /// <summary>LineString only (shoreline and bank segments are measured one by one).</summary>
    Line,
    /// <summary>Polygon or MultiPolygon, stored as MULTIPOLYGON (single polygons are promoted).</summary>
    Area,
    /// <summary>LineString, Polygon and their Multi forms (restoration works).</summary>
    LineOrArea,
}
