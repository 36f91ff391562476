using EcoSpace.Core.Features;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// The pairings of every rule of <see cref="ConflictCatalog"/>, in catalog order. Decisions beyond
/// DOMAIN.md §4:
/// <list type="bullet">
/// <item>An urban development boundary (<c>dev_type: urban_boundary</c>) is a control line, not a
/// project: its overlap with a red line is reported once, as <c>control_lines_overlap</c>, not also as
/// <c>development_in_red_line</c>. It is still checked against protected areas, eco space and banks,
/// which no other rule covers.</item>
/// <item>A development without <c>dev_type</c> is ordinary development: checked against red lines,
/// protected areas, eco space and banks, not for shoreline occupation (with a warning).</item>
/// <item>Island coast counts as much as mainland coast for <c>shoreline_occupied</c>.</item>
/// </list>
/// </summary>
internal static class RulePairings
{
    public const string UrbanBoundary = "urban_boundary";

    /// <summary>Development types that occupy the coast they are built on (DOMAIN.md §4).</summary>
    public static IReadOnlyList<string> CoastalDevTypes { get; } = ["reclamation", "port", "aquaculture"];

    public static IReadOnlyList<RulePairing> For(ConflictOptions options)
    {
        static bool Any(EcoFeature _) => true;
        static ConflictSeverity High(EcoFeature a, EcoFeature b) => ConflictSeverity.High;
        static string? DevType(EcoFeature f) => f.Text("dev_type");

        var all = new RulePairing[]
        {
            new(ConflictCatalog.DevelopmentInRedLine, KindCatalog.Development, d => DevType(d) != UrbanBoundary, KindCatalog.RedLine, Any, High),
            new(ConflictCatalog.DevelopmentInProtectedArea, KindCatalog.Development, Any, KindCatalog.ProtectedArea, Any,
                (_, area) => area.Text("zone") is "core" or "core_area" ? ConflictSeverity.Critical : ConflictSeverity.High),
            new(ConflictCatalog.DevelopmentInEcoSpace, KindCatalog.Development, Any, KindCatalog.EcoSpace, Any, (_, _) => ConflictSeverity.Medium),
            new(ConflictCatalog.ControlLinesOverlap, KindCatalog.Farmland, Any, KindCatalog.RedLine, Any, High),
            new(ConflictCatalog.ControlLinesOverlap, KindCatalog.Development, d => DevType(d) == UrbanBoundary, KindCatalog.RedLine, Any, High),
            new(ConflictCatalog.ShorelineOccupied, KindCatalog.Development, d => DevType(d) is { } t && CoastalDevTypes.Contains(t),
                KindCatalog.Shoreline, s => options.ShorelineNaturalClasses.Contains(s.Text("class")), High),
            new(ConflictCatalog.BankZoneViolated, KindCatalog.Development, Any,
                KindCatalog.RiverBank, b => options.BankProtectedZones.Contains(b.Text("zone")), High),
        };
        return all.Where(p => options.Runs(p.Rule)).ToArray();
    }
}
