using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Core.Validation;
using NetTopologySuite.IO;

namespace EcoSpace.Data.Tests.Support;

/// <summary>Features for tests, built with NTS from WKT (lon/lat, SRID 4490).</summary>
public static class TestFeatures
{
    private static readonly WKTReader Reader = new(new NetTopologySuite.NtsGeometryServices(new NetTopologySuite.Geometries.PrecisionModel(), Cgcs2000.Srid));

    public static EcoFeature Feature(string kind, string id, string wkt, string propertiesJson = "{}") =>
        new(id, kind, Reader.Read(wkt), (JsonObject)JsonNode.Parse(propertiesJson)!);

    /// <summary>A shoreline segment near Lianyungang, shifted east by <paramref name="offset"/> degrees.</summary>
    public static EcoFeature Shoreline(string id, double offset = 0, string propertiesJson = """{"class":"sandy","mainland":true}""") =>
        Feature("shoreline", id, $"LINESTRING ({119.30 + offset} 35.00, {119.35 + offset} 34.95, {119.40 + offset} 34.90)", propertiesJson);

    public static EcoFeature RedLine(string id, double offset = 0, string propertiesJson = """{"domain":"land","function":"biodiversity"}""") =>
        Feature("red_line", id,
            $"POLYGON (({119.2 + offset} 34.6, {119.3 + offset} 34.6, {119.3 + offset} 34.7, {119.2 + offset} 34.7, {119.2 + offset} 34.6))",
            propertiesJson);

    public static FeatureCandidate Candidate(int index, EcoFeature? feature, params ValidationIssue[] issues) =>
        new(index, index + 1, feature is null || !feature.HasId ? null : feature.Id, feature, issues);

    public static IEnumerable<FeatureCandidate> Candidates(params EcoFeature[] features) =>
        features.Select((f, i) => Candidate(i, f));
}
