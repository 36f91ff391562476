using System.Globalization;
using EcoSpace.Core.Features;
using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Audit;

/// <summary>
/// The red-line audit (DOMAIN.md §4, "red line reduced"; 面积不减少、性质不改变、功能不降低,
/// seeds/000:355): compares red lines and protected areas at a baseline with now, feature by feature
/// (paired by id) and in total, with geodesic areas (<see cref="GeodesicMeasure.AreaSquareMeters"/>).
/// <list type="bullet">
/// <item><see cref="AuditRules.AreaNotReduced"/> fails when a layer's total area, or a kept feature's
/// area, went down beyond the tolerance (<see cref="RedLineAuditOptions.IsReduction"/>). A removed
/// feature's area shows in the total; the removal itself is a nature violation.</item>
/// <item><see cref="AuditRules.NatureUnchanged"/> fails for every removed feature and every change
/// of a nature property (<see cref="AuditRules.NatureProperties"/>), whatever its direction.</item>
/// </list>
/// Added features and grown areas are reported but never violate. Every violation is filed under
/// rule <c>red_line_reduced</c>, severity high.
/// </summary>
public static class RedLineAudit
{
    /// <exception cref="ArgumentException">An id appears twice in a layer's baseline or now.</exception>
    public static RedLineAuditResult Compare(IReadOnlyList<AuditLayer> layers, RedLineAuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layers);
        options ??= new RedLineAuditOptions();
        return new RedLineAuditResult(layers.Select(layer => Compare(layer, options)).ToArray(), options);
    }

    private static LayerAudit Compare(AuditLayer layer, RedLineAuditOptions options)
    {
        var baseline = ById(layer.Kind, "baseline", layer.Baseline);
        var now = ById(layer.Kind, "now", layer.Now);
        var nature = AuditRules.NatureProperties(layer.Kind);
        var features = new List<FeatureChange>();
        var violations = new List<RedLineViolation>();
        double baselineTotal = 0, nowTotal = 0;

        foreach (var before in layer.Baseline)
        {
            double beforeArea = Area(before, options);
            baselineTotal += beforeArea;
            if (!now.TryGetValue(before.Id, out var after))
            {
                features.Add(new FeatureChange(before.Id, before.Text("name"), FeatureChangeStatus.Removed, beforeArea, null, false, true, []));
                violations.Add(new RedLineViolation(AuditRules.NatureUnchanged, layer.Kind, before.Id, ViolationFinding.Removed,
                    $"{layer.Kind} '{before.Id}' was removed: {Area(beforeArea)} lost", beforeArea, null));
                continue;
            }

            double afterArea = Area(after, options);
            bool reduced = options.IsReduction(beforeArea, afterArea);
            var changes = nature.Select(p => new PropertyChange(p, before.Text(p), after.Text(p))).Where(c => c.Before != c.After).ToArray();
            features.Add(new FeatureChange(before.Id, after.Text("name") ?? before.Text("name"), FeatureChangeStatus.Kept, beforeArea, afterArea,
                reduced, !SameShape.Test(before.Geometry, after.Geometry), changes));
            if (reduced)
            {
                violations.Add(new RedLineViolation(AuditRules.AreaNotReduced, layer.Kind, before.Id, ViolationFinding.AreaReduced,
                    $"{layer.Kind} '{before.Id}' area down {Area(beforeArea - afterArea)}: {Hectares(beforeArea)} → {Hectares(afterArea)}",
                    beforeArea, afterArea));
            }
            foreach (var change in changes)
            {
                violations.Add(new RedLineViolation(AuditRules.NatureUnchanged, layer.Kind, before.Id, ViolationFinding.PropertyChanged,
                    $"{layer.Kind} '{before.Id}' {change.Property} changed: {change.Before ?? "(none)"} → {change.After ?? "(none)"}",
                    beforeArea, afterArea, change.Property, change.Before, change.After));
            }
        }

        foreach (var after in layer.Now)
        {
            double afterArea = Area(after, options);
            nowTotal += afterArea;
            if (!baseline.ContainsKey(after.Id))
                features.Add(new FeatureChange(after.Id, after.Text("name"), FeatureChangeStatus.Added, null, afterArea, false, true, []));
        }

        if (options.IsReduction(baselineTotal, nowTotal))
        {
            violations.Insert(0, new RedLineViolation(AuditRules.AreaNotReduced, layer.Kind, null, ViolationFinding.TotalAreaReduced,
                $"{layer.Kind} total area down {Area(baselineTotal - nowTotal)}: {Hectares(baselineTotal)} → {Hectares(nowTotal)}",
                baselineTotal, nowTotal));
        }
        return new LayerAudit(layer.Kind, layer.Baseline.Count, layer.Now.Count, baselineTotal, nowTotal, features, violations);
    }

    private static Dictionary<string, EcoFeature> ById(string kind, string side, IReadOnlyList<EcoFeature> features)
    {
        var byId = new Dictionary<string, EcoFeature>(features.Count, StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (!byId.TryAdd(feature.Id, feature))
                throw new ArgumentException($"{kind} '{feature.Id}' appears twice in the {side} features", nameof(features));
        }
        return byId;
    }

    private static double Area(EcoFeature feature, RedLineAuditOptions options) =>
        GeodesicMeasure.AreaSquareMeters(feature.Geometry, options.Ellipsoid);

    private static string Area(double squareMeters) =>
        string.Create(CultureInfo.InvariantCulture, $"{squareMeters:N1} m² ({squareMeters / 10_000:N4} ha)");

    private static string Hectares(double squareMeters) =>
        string.Create(CultureInfo.InvariantCulture, $"{squareMeters / 10_000:N4} ha");
}
