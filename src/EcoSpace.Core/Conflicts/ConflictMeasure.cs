namespace EcoSpace.Core.Conflicts;

/// <summary>What a rule's conflicts measure: the shared area (m²) of two polygons, or the length (m) of a segment inside a polygon.</summary>
public enum ConflictMeasure
{
    Area,
    Length,
}
