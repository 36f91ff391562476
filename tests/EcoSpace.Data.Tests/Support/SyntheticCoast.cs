using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using NetTopologySuite.Geometries;

namespace EcoSpace.Data.Tests.Support;

/// <summary>A deterministic stream of random-walk shoreline segments, generated one at a time.</summary>
public static class SyntheticCoast
{
    public static IEnumerable<FeatureCandidate> Segments(int count, int verticesEach, Action? afterLast = null)
    {
        var random = new Random(4490);
        for (int i = 0; i < count; i++)
        {
            var coordinates = new Coordinate[verticesEach];
            double x = 110 + random.NextDouble() * 20, y = 20 + random.NextDouble() * 20;
            for (int v = 0; v < verticesEach; v++)
            {
                coordinates[v] = new Coordinate(x, y);
                x += 0.001 + random.NextDouble() * 0.001;
                y += (random.NextDouble() - 0.5) * 0.002;
            }
            var properties = new JsonObject { ["class"] = "sandy", ["mainland"] = true, ["name"] = $"段 {i}", ["source"] = "synthetic" };
            var feature = new EcoFeature($"s-{i}", "shoreline", Cgcs2000.Factory.CreateLineString(coordinates), properties);
            yield return new FeatureCandidate(i, i + 1, feature.Id, feature, []);
        }
        afterLast?.Invoke();
    }
}
