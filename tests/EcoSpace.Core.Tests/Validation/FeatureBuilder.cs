using System.Text.Json.Nodes;
using EcoSpace.Core.Features;
using NetTopologySuite.IO;

namespace EcoSpace.Core.Tests.Validation;

internal static class FeatureBuilder
{
    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);

    public static EcoFeature Feature(string kind, string wkt, string propertiesJson = "{}") =>
        new("f-1", kind, Wkt.Read(wkt), JsonNode.Parse(propertiesJson)!.AsObject());
}
