using EcoSpace.Core.Features;

namespace EcoSpace.Core.Audit;

/// <summary>
/// One layer to audit: its features at the baseline (a snapshot, or an approved file) and now. Ids
/// pair them up: a feature is kept (in both), removed (baseline only) or added (now only). Ids must be
/// unique within each list.
/// </summary>
public sealed record AuditLayer(string Kind, IReadOnlyList<EcoFeature> Baseline, IReadOnlyList<EcoFeature> Now);
