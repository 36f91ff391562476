using EcoSpace.Core.Features;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Topology;

/// <summary>
/// Pairs of features with the same geometry, equal or in another vertex order: candidates share
/// geometry type, vertex count and envelope, then their normalised copies must be exactly equal
/// (NTS <see cref="Geometry.Normalized"/> fixes ring start, orientation and part order).
/// </summary>
internal static class DuplicateFinder
{
    public static IReadOnlyList<(int I, int J, DuplicateMatch Match)> Find(IReadOnlyList<EcoFeature> features)
    {
        var candidates = new Dictionary<(string Type, int Vertices, Envelope Envelope), List<int>>();
        for (int i = 0; i < features.Count; i++)
        {
            var geometry = features[i].Geometry;
            if (geometry.IsEmpty)
                continue;
            var key = (geometry.GeometryType, geometry.NumPoints, geometry.EnvelopeInternal);
            if (!candidates.TryGetValue(key, out var group))
                candidates[key] = group = [];
            group.Add(i);
        }

        var pairs = new List<(int I, int J, DuplicateMatch Match)>();
        foreach (var group in candidates.Values.Where(g => g.Count > 1))
        {
            var normalized = group.Select(i => features[i].Geometry.Normalized()).ToArray();
            for (int a = 0; a < group.Count; a++)
            {
                for (int b = a + 1; b < group.Count; b++)
                {
                    if (normalized[a].EqualsExact(normalized[b]))
                        pairs.Add((group[a], group[b], Match(features[group[a]].Geometry, features[group[b]].Geometry)));
                }
            }
        }
        pairs.Sort((x, y) => x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J));
        return pairs;
    }

    private static DuplicateMatch Match(Geometry a, Geometry b) =>
        a.EqualsExact(b) ? DuplicateMatch.Identical
        : a.Reverse().EqualsExact(b) ? DuplicateMatch.Reversed
        : DuplicateMatch.Reordered;
}
