using EcoSpace.Core.Audit;

namespace EcoSpace.Cli.Output.Audit;

/// <summary>What <c>check redline</c> prints: the baseline, the data version now, the audit and its warnings.</summary>
public sealed record RedlineReport(
    RedlineBaseline Baseline,
    long DataVersion,
    DateTimeOffset ComputedAt,
    RedLineAuditResult Result,
    IReadOnlyList<string> Warnings);
