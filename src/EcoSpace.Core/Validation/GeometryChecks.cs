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

        var verdict = Validity(geometry);
        if (verdict.Error is { } error)
        {
            yield return ValidationIssue.Error(IssueCodes.GeometryInvalid,
                $"invalid geometry: {error.Message}", location: error.Coordinate);
        }
        else if (verdict.Failure is { } failure)
        {
            yield return ValidationIssue.Error(IssueCodes.GeometryInvalid,
                $"validity could not be checked ({failure}); repair the geometry, or let it in flagged with --allow-invalid");
        }
    }

    /// <summary>
    /// OGC validity as NTS <see cref="IsValidOp"/> judges it (the first error, with its kind and
    /// coordinate), proven quickly where <see cref="ValidPolygonProof"/> can. IsValidOp throws on a
    /// few inputs instead of answering (NTS 2.6: "Segment vertex does not intersect ring" on some
    /// polygons whose hole touches the shell); that is a <see cref="ValidityVerdict.Failure"/>, not a crash.
    /// </summary>
    public static ValidityVerdict Validity(Geometry geometry)
    {
        if (LineValidity.TryValidate(geometry, out var lineError))
            return new ValidityVerdict(lineError, null);
        if (ValidPolygonProof.Holds(geometry))
            return ValidityVerdict.Valid;
        try
        {
            return new ValidityVerdict(new IsValidOp(geometry).ValidationError, null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or TopologyException)
        {
            return new ValidityVerdict(null, $"NTS IsValidOp failed: {e.Message}");
        }
    }

    /// <summary>Whether the geometry is known to be valid (a failed check counts as not valid).</summary>
    public static bool IsValid(Geometry geometry) => Validity(geometry).IsValid;

    /// <summary>
    /// IsValidOp's rules for (multi)linestrings, on the coordinate sequence: every vertex finite,
    /// then at least 2 distinct consecutive points. IsValidOp reads every vertex as a Coordinate,
    /// which for packed sequences allocates one object per vertex.
    /// </summary>
    private static class LineValidity
    {
        private const int MinSizeLineString = 2;

        /// <summary>False when the geometry is not a LineString or MultiLineString (use IsValidOp).</summary>
        public static bool TryValidate(Geometry geometry, out TopologyValidationError? error)
        {
            error = null;
            switch (geometry)
            {
                case LinearRing:
                    return false;
                case LineString line:
                    error = Validate(line);
                    return true;
                case MultiLineString lines:
                    for (int i = 0; i < lines.NumGeometries && error is null; i++)
                    {
                        if (lines.GetGeometryN(i) is not LineString part || part is LinearRing)
                            return false;
                        error = Validate(part);
                    }
                    return true;
                default:
                    return false;
            }
        }

        private static TopologyValidationError? Validate(LineString line)
        {
            if (line.IsEmpty)
                return null;
            var sequence = line.CoordinateSequence;
            int count = sequence.Count;
            for (int i = 0; i < count; i++)
            {
                if (!double.IsFinite(sequence.GetX(i)) || !double.IsFinite(sequence.GetY(i)))
                    return new TopologyValidationError(TopologyValidationErrors.InvalidCoordinate, sequence.GetCoordinateCopy(i));
            }

            int distinct = 0;
            for (int i = 0; i < count && distinct < MinSizeLineString; i++)
            {
                if (i == 0 || sequence.GetX(i) != sequence.GetX(i - 1) || sequence.GetY(i) != sequence.GetY(i - 1))
                    distinct++;
            }
            return distinct >= MinSizeLineString
                ? null
                : new TopologyValidationError(TopologyValidationErrors.TooFewPoints, count >= 1 ? sequence.GetCoordinateCopy(0) : null);
        }
    }
}
