using EcoSpace.Core.Features;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// One pairing of a rule: features of <see cref="AKind"/> that <see cref="TakesA"/> against features
/// of <see cref="BKind"/> that <see cref="TakesB"/>, and the severity of a pair. A rule has one
/// pairing, or several (control_lines_overlap: farmland, and urban_boundary development, against red lines).
/// </summary>
internal sealed record RulePairing(
    string Rule,
    string AKind,
    Func<EcoFeature, bool> TakesA,
    string BKind,
    Func<EcoFeature, bool> TakesB,
    Func<EcoFeature, EcoFeature, ConflictSeverity> Severity)
{
    /// <summary>The features of <paramref name="inputs"/> on side A, without <paramref name="except"/>.</summary>
    public EcoFeature[] SideA(ConflictInputs inputs, EcoFeature? except = null) => Side(inputs.Of(AKind), TakesA, except);

    public EcoFeature[] SideB(ConflictInputs inputs, EcoFeature? except = null) => Side(inputs.Of(BKind), TakesB, except);

    private static EcoFeature[] Side(IReadOnlyList<EcoFeature> features, Func<EcoFeature, bool> takes, EcoFeature? except) =>
        features.Where(f => takes(f) && !(except is not null && f.Kind == except.Kind && f.Id == except.Id)).ToArray();
}
