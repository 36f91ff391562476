
namespace EcoSpace.Cli.Output.Audit;

/// <summary>
/// What the audit cannot see. A snapshot is built on the history, so features another tool (QGIS,
/// ogr2ogr) inserted or reshaped without EcoSpace are missing from it: those listed as untracked when
/// the snapshot was taken, and those untracked now (they may have been there already). A file holds
/// one layer, so the other is not audited.
/// </summary>
public static class RedlineWarnings
{
    public static IReadOnlyList<string> For(RedlineBaseline baseline, IReadOnlyList<string> kinds, IReadOnlyList<string> auditable,
        IReadOnlyDictionary<string, IReadOnlyList<string>> untrackedNow)
    {
        var warnings = new List<string>();
        if (baseline.Snapshot is { } snapshot)
        {
            foreach (var kind in kinds)
            {
                var then = snapshot.Untracked.GetValueOrDefault(kind) ?? [];
                if (then.Count > 0)
                {
                    warnings.Add($"snapshot '{snapshot.Tag}' lacks {then.Count} {kind} feature(s) that another tool wrote without history " +
                        $"({WarningText.Ids(then)}): the baseline does not hold their state; where they still exist they count as added, not compared");
                }
                var now = (untrackedNow.GetValueOrDefault(kind) ?? []).Except(then, StringComparer.Ordinal).ToArray();
                if (now.Length > 0)
                {
                    warnings.Add($"{now.Length} {kind} feature(s) were written by another tool without history ({WarningText.Ids(now)}): " +
                        "if they existed when the snapshot was taken, the baseline lacks them (they count as added) or holds an older state of them; " +
                        "re-save them with EcoSpace (import --replace) so that later snapshots hold them");
                }
            }
        }
        else
        {
            foreach (var kind in auditable.Except(kinds))
                warnings.Add($"{kind} not audited: a baseline file holds one layer (audit it with --kind {kind} and a file of {kind} features)");
        }
        return warnings;
    }
}
