using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Validation;

/// <summary>
/// Checks schema properties: JSON type, code-list membership (naming the allowed values), ISO dates
/// and 6-digit region codes. Values are never silently mapped; unknown properties are not checked.
/// </summary>
public static class PropertyChecks
{
    public static IEnumerable<ValidationIssue> Check(JsonObject properties, KindDefinition kind)
    {
        foreach (var definition in kind.Properties)
        {
            if (!properties.TryGetPropertyValue(definition.Name, out var node) || node is null)
                continue;
            var issue = CheckValue(definition, node);
            if (issue is not null)
                yield return issue;
        }

        foreach (var warning in MissingButExpected(properties, kind))
            yield return warning;
    }

    private static ValidationIssue? CheckValue(PropertyDefinition definition, JsonNode node)
    {
        var valueKind = node.GetValueKind();
        string name = definition.Name;
        switch (definition.Type)
        {
            case PropertyType.Boolean when valueKind is not (JsonValueKind.True or JsonValueKind.False):
                return WrongType(definition, "true or false", node);
            case PropertyType.Integer:
                if (valueKind != JsonValueKind.Number || !node.AsValue().TryGetValue(out long _))
                    return WrongType(definition, "a whole number", node);
                return null;
            case PropertyType.Boolean:
                return null;
        }

        if (valueKind != JsonValueKind.String)
            return WrongType(definition, "a string", node);
        string text = node.GetValue<string>();

        return definition.Type switch
        {
            PropertyType.Code when !definition.Allows(text) => ValidationIssue.Error(IssueCodes.PropertyCode,
                $"'{name}' has value '{text}', which is not in the code list; allowed: {definition.AllowedValuesText}", name),
            PropertyType.Date when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                ValidationIssue.Error(IssueCodes.PropertyDate, $"'{name}' has value '{text}', which is not an ISO date YYYY-MM-DD", name),
            PropertyType.RegionCode when !IsRegionCode(text) => ValidationIssue.Error(IssueCodes.PropertyRegion,
                $"'{name}' has value '{text}', which is not a 6-digit administrative division code such as 320703", name),
            _ => null,
        };
    }

    private static bool IsRegionCode(string text) => text.Length == 6 && text.All(char.IsAsciiDigit);

    private static ValidationIssue WrongType(PropertyDefinition definition, string expected, JsonNode node) =>
        ValidationIssue.Error(IssueCodes.PropertyType,
            $"'{definition.Name}' must be {expected}, found {node.GetValueKind().ToString().ToLowerInvariant()} {node.ToJsonString()}",
            definition.Name);

    /// <summary>Properties the ratios rely on: absent is allowed, but the user is told what it means.</summary>
    private static IEnumerable<ValidationIssue> MissingButExpected(JsonObject properties, KindDefinition kind)
    {
        bool Missing(string name) => properties[name] is null;
        if (kind.Name == KindCatalog.Shoreline)
        {
            if (Missing("class"))
                yield return ValidationIssue.Warning(IssueCodes.PropertyMissing, "shoreline has no 'class': it counts in the denominator only", "class");
            if (Missing("mainland"))
                yield return ValidationIssue.Warning(IssueCodes.PropertyMissing, "shoreline has no 'mainland': it is treated as mainland coast", "mainland");
        }
        else if (kind.Name == KindCatalog.RiverBank && Missing("zone"))
        {
            yield return ValidationIssue.Warning(IssueCodes.PropertyMissing, "bank segment has no 'zone': it counts in the denominator only", "zone");
        }
    }
}
