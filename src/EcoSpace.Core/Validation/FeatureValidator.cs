using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Validation;

/// <summary>
/// Validates a feature against its kind: geometry type and validity, coordinates, schema properties.
/// Problems come back as data; nothing throws for bad input.
/// </summary>
public static class FeatureValidator
{
    public static IReadOnlyList<ValidationIssue> Validate(EcoFeature feature) =>
        Validate(feature, KindCatalog.Get(feature.Kind));

    public static IReadOnlyList<ValidationIssue> Validate(EcoFeature feature, KindDefinition kind)
    {
        var issues = new List<ValidationIssue>();
        issues.AddRange(CoordinateChecks.Check(feature.Geometry));
        // Validity of geometry with non-finite or out-of-range coordinates says nothing more.
        if (issues.Count == 0)
            issues.AddRange(GeometryChecks.Check(feature.Geometry, kind));
        issues.AddRange(PropertyChecks.Check(feature.Properties, kind));
        return issues;
    }
}
