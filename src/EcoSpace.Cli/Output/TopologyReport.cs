using EcoSpace.Core.Overlay;
using EcoSpace.Core.Topology;

namespace EcoSpace.Cli.Output;

/// <summary>One kind's topology check, with how many features were checked.</summary>
public sealed record KindTopology(string Kind, int Features, TopologyResult Result);

/// <summary><c>check topology</c>'s findings for every kind checked, read at one data version.</summary>
public sealed record TopologyReport(IReadOnlyList<KindTopology> Kinds, OverlapOptions Options, long DataVersion, DateTimeOffset ComputedAt);
