using EcoSpace.Core.Features;
using EcoSpace.Core.Overlay;

namespace EcoSpace.Core.Conflicts;

/// <summary>
/// The conflict rules of DOMAIN.md §4 (<see cref="ConflictCatalog"/>) over a project's layers, or
/// for one edited feature against the rest (the map's live panel). Every overlap is found and
/// measured by <see cref="Overlaps.Between"/>: STRtree, prepared geometry, OverlayNG, geodesic area
/// or length, sliver tolerances.
/// </summary>
public static class ConflictCheck
{
    /// <summary>Every rule of <paramref name="options"/> over all of <paramref name="inputs"/>.</summary>
    public static ConflictResult Run(ConflictInputs inputs, ConflictOptions? options = null)
    {
        options = Checked(options);
        var runs = RulePairings.For(options).Select(p => new PairingRun(p, p.SideA(inputs), p.SideB(inputs))).ToArray();
        var involved = ConflictInputs.Kinds.SelectMany(inputs.Of);
        return Collect(runs, options, inputs.Provenance, involved);
    }

    /// <summary>
    /// Every rule that applies to <paramref name="edited"/> (of any kind: a development, a red line, a
    /// shoreline segment…), against the rest of <paramref name="all"/>: the conflicts a full
    /// <see cref="Run"/> would report for it. A stored feature of the same kind and id in
    /// <paramref name="all"/> is its previous state and is left out. Rules that cannot apply to it
    /// (another dev_type, an artificial segment…) are not in the summary.
    /// </summary>
    public static ConflictResult ForFeature(EcoFeature edited, ConflictInputs all, ConflictOptions? options = null)
    {
        options = Checked(options);
        var runs = new List<PairingRun>();
        foreach (var pairing in RulePairings.For(options))
        {
            if (edited.Kind == pairing.AKind && pairing.TakesA(edited))
                runs.Add(new PairingRun(pairing, [edited], pairing.SideB(all, except: edited)));
            else if (edited.Kind == pairing.BKind && pairing.TakesB(edited))
                runs.Add(new PairingRun(pairing, pairing.SideA(all, except: edited), [edited]));
        }
        return Collect(runs, options, all.Provenance, [edited]);
    }

    private sealed record PairingRun(RulePairing Pairing, EcoFeature[] A, EcoFeature[] B);

    private static ConflictOptions Checked(ConflictOptions? options)
    {
        options ??= ConflictOptions.Default;
        var unknown = options.Rules?.Where(r => ConflictCatalog.Find(r) is null).Order(StringComparer.Ordinal).ToArray() ?? [];
        if (unknown.Length > 0)
            throw new ArgumentException($"unknown conflict rule(s) {string.Join(", ", unknown)}; the rules are {string.Join(", ", ConflictCatalog.Names)}", nameof(options));
        return options;
    }

    private static ConflictResult Collect(IReadOnlyList<PairingRun> runs, ConflictOptions options,
        Indicators.Ratios.Provenance provenance, IEnumerable<EcoFeature> involved)
    {
        var conflicts = new List<Conflict>();
        var slivers = new Dictionary<string, int>();
        var overlayWarnings = new List<string>();
        var nearMisses = new List<string>();
        var overlapOptions = options.Overlap;
        foreach (var (pairing, a, b) in runs)
        {
            var found = Overlaps.Between(a, b, overlapOptions);
            slivers[pairing.Rule] = slivers.GetValueOrDefault(pairing.Rule) + found.SliversDropped;
            overlayWarnings.AddRange(found.Warnings);
            conflicts.AddRange(found.Overlaps.Select(o => new Conflict(pairing.Rule, pairing.Severity(o.A, o.B),
                o.A.Id, o.A.Kind, o.B.Id, o.B.Kind, o.AreaSquareMeters, o.LengthMeters, o.Shared)));
            if (pairing.Rule == ConflictCatalog.ShorelineOccupied)
                nearMisses.AddRange(ShorelineNearMisses.Find(a, b, found.Overlaps, options));
        }

        var ordered = conflicts
            .OrderBy(c => ConflictCatalog.Order(c.Rule))
            .ThenBy(c => c.AId, StringComparer.Ordinal).ThenBy(c => c.BId, StringComparer.Ordinal)
            .ThenBy(c => c.AKind, StringComparer.Ordinal).ThenBy(c => c.BKind, StringComparer.Ordinal)
            .ToArray();
        var rules = ConflictCatalog.All.Where(r => slivers.ContainsKey(r.Name)).ToArray();
        var summary = rules
            .SelectMany(rule => rule.Severities.Order().Reverse().Select(severity => Count(rule, severity, ordered)))
            .ToArray();
        var sliversDropped = rules.Select(r => new RuleSlivers(r.Name, slivers[r.Name])).ToArray();
        var warnings = overlayWarnings.Distinct()
            .Concat(InputWarnings.For(involved, rules.Select(r => r.Name).ToHashSet(), options))
            .Concat(nearMisses)
            .ToArray();
        return new ConflictResult(ordered, summary, sliversDropped, warnings, provenance);
    }

    private static ConflictCount Count(ConflictRule rule, ConflictSeverity severity, IReadOnlyList<Conflict> conflicts)
    {
        var mine = conflicts.Where(c => c.Rule == rule.Name && c.Severity == severity).ToArray();
        return rule.Measure == ConflictMeasure.Area
            ? new ConflictCount(rule.Name, severity, mine.Length, mine.Sum(c => c.AreaSquareMeters ?? 0), null)
            : new ConflictCount(rule.Name, severity, mine.Length, null, mine.Sum(c => c.LengthMeters ?? 0));
    }
}
