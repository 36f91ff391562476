using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using NetTopologySuite.IO;

namespace EcoSpace.Core.Tests.Indicators;

/// <summary>Hand-made segments and polygons for the ratio tests.</summary>
internal static class RatioFeatures
{
    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);
    private static int _next;

    public static EcoFeature Segment(string kind, string wkt, string propertiesJson) =>
        new($"{kind}-{Interlocked.Increment(ref _next)}", kind, Wkt.Read(wkt), JsonNode.Parse(propertiesJson)!.AsObject());

    public static EcoFeature Polygon(string kind, string id, string wkt, string propertiesJson) =>
        new(id, kind, Wkt.Read(wkt), JsonNode.Parse(propertiesJson)!.AsObject());

    public static RatioInputs Inputs(IReadOnlyList<EcoFeature> segments, IReadOnlyList<EcoFeature>? regions = null, IReadOnlyList<EcoFeature>? bays = null) =>
        new(segments, regions ?? [], bays ?? [], new Provenance(7, new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
}
