using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// The layers the conflict rules read, one list per kind (empty when the project has none), and
/// the data version they were read at. Other kinds are not needed.
/// </summary>
public sealed record ConflictInputs(
    IReadOnlyList<EcoFeature> Development,
    IReadOnlyList<EcoFeature> RedLines,
    IReadOnlyList<EcoFeature> ProtectedAreas,
    IReadOnlyList<EcoFeature> EcoSpaces,
    IReadOnlyList<EcoFeature> Farmland,
    IReadOnlyList<EcoFeature> Shoreline,
    IReadOnlyList<EcoFeature> RiverBanks,
    Provenance Provenance)
{
    /// <summary>The kinds the rules read, in the order of the constructor.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        KindCatalog.Development, KindCatalog.RedLine, KindCatalog.ProtectedArea, KindCatalog.EcoSpace,
        KindCatalog.Farmland, KindCatalog.Shoreline, KindCatalog.RiverBank,
    ];

    /// <summary>Sorts <paramref name="features"/> into their kinds' lists; features of other kinds are left out.</summary>
    public static ConflictInputs From(IEnumerable<EcoFeature> features, Provenance provenance)
    {
        var byKind = features.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<EcoFeature>)g.ToArray());
        IReadOnlyList<EcoFeature> Of(string kind) => byKind.TryGetValue(kind, out var list) ? list : [];
        return new ConflictInputs(Of(KindCatalog.Development), Of(KindCatalog.RedLine), Of(KindCatalog.ProtectedArea),
            Of(KindCatalog.EcoSpace), Of(KindCatalog.Farmland), Of(KindCatalog.Shoreline), Of(KindCatalog.RiverBank), provenance);
    }

    /// <summary>The features of <paramref name="kind"/>; empty for a kind no rule reads.</summary>
    public IReadOnlyList<EcoFeature> Of(string kind) => kind switch
    {
        KindCatalog.Development => Development,
        KindCatalog.RedLine => RedLines,
        KindCatalog.ProtectedArea => ProtectedAreas,
        KindCatalog.EcoSpace => EcoSpaces,
        KindCatalog.Farmland => Farmland,
        KindCatalog.Shoreline => Shoreline,
        KindCatalog.RiverBank => RiverBanks,
        _ => [],
    };
}
