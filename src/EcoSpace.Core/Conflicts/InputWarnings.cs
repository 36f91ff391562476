using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// Warnings about properties a rule needs and a feature lacks (import only warns about them): one
/// warning per kind and property, naming up to <see cref="ListedIds"/> features.
/// </summary>
internal static class InputWarnings
{
    private const int ListedIds = 5;

    public static IEnumerable<string> For(IEnumerable<EcoFeature> features, IReadOnlySet<string> rules, ConflictOptions options)
    {
        var byKind = features.ToLookup(f => f.Kind);
        if (rules.Contains(ConflictCatalog.ShorelineOccupied) || rules.Contains(ConflictCatalog.ControlLinesOverlap))
        {
            if (Missing(byKind[KindCatalog.Development], "dev_type") is { } ids)
                yield return $"development without dev_type ({ids}): checked as ordinary development, not for shoreline occupation nor as an urban boundary";
        }
        if (rules.Contains(ConflictCatalog.ShorelineOccupied) && !options.ShorelineNaturalClasses.IsAll)
        {
            if (Missing(byKind[KindCatalog.Shoreline], "class") is { } ids)
                yield return $"shoreline without class ({ids}): not checked for {ConflictCatalog.ShorelineOccupied}";
        }
        if (rules.Contains(ConflictCatalog.BankZoneViolated) && !options.BankProtectedZones.IsAll)
        {
            if (Missing(byKind[KindCatalog.RiverBank], "zone") is { } ids)
                yield return $"river_bank without zone ({ids}): not checked for {ConflictCatalog.BankZoneViolated}";
        }
        if (rules.Contains(ConflictCatalog.DevelopmentInProtectedArea))
        {
            if (Missing(byKind[KindCatalog.ProtectedArea], "zone") is { } ids)
                yield return $"protected_area without zone ({ids}): development in it is rated high, not critical as in a core zone";
        }
    }

    /// <summary>The ids of the features without <paramref name="property"/> ("a, b, c, d, e and 3 more"), or null when none lacks it.</summary>
    private static string? Missing(IEnumerable<EcoFeature> features, string property)
    {
        var ids = features.Where(f => f.Text(property) is null).Select(f => f.Id).ToArray();
        if (ids.Length == 0)
            return null;
        var listed = string.Join(", ", ids.Take(ListedIds));
        return ids.Length > ListedIds ? $"{listed} and {ids.Length - ListedIds} more" : listed;
    }
}
