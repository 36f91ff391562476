using EcoSpace.Core.Schema;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace EcoSpace.Core.Validation;

/// <summary>Geometry type for the kind, emptiness and OGC validity (with the location NTS gives).</summary>
public static class GeometryChecks
{
    public static IEnumerable<ValidationIssue> Check(Geometry geometry, KindDefinition kind)
    {
        if (!kind.Accepts(geometry))
        {
            yield return ValidationIssue.Error(IssueCodes.GeometryType,
                $"geometry type {geometry.GeometryType} is not allowed for kind '{kind.Name}' " +
                $"(allowed: {string.Join(", ", kind.AllowedGeometryTypes)})");
            yield break;
        }

        if (geometry.IsEmpty)
        {
            yield return ValidationIssue.Error(IssueCodes.GeometryEmpty, "geometry is empty");
            yield break;
        }

        var error = new IsValidOp(geometry).ValidationError;
        if (error is not null)
        {
            yield return ValidationIssue.Error(IssueCodes.GeometryInvalid,
                $"invalid geometry: {error.Message}", location: error.Coordinate);
        }
    }
}
