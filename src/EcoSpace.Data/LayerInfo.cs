using NetTopologySuite.Geometries;

namespace EcoSpace.Data;

/// <summary>One kind's layer: labels, GeoPackage geometry type name, feature count, lon/lat extent (null when empty).</summary>
public sealed record LayerInfo(string Kind, string Zh, string En, string GeometryType, long Count, Envelope? Extent);
