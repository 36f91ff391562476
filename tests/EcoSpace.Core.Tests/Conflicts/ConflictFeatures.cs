using System.Globalization;
using System.Text.Json.Nodes;
using EcoSpace.Core.Conflicts;
using EcoSpace.Core.Features;
using EcoSpace.Core.Indicators.Ratios;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace EcoSpace.Core.Tests.Conflicts;

/// <summary>Hand-made squares and segments near 119° E 34.5° N for the conflict tests (0.01° ≈ 0.9 km east-west, 1.1 km north-south).</summary>
internal static class ConflictFeatures
{
    private static readonly WKTReader Wkt = new(Cgcs2000.Factory.GeometryServices);

    public static readonly Provenance Provenance = new(42, new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A lon/lat box as a polygon.</summary>
    public static Geometry Box(double west, double south, double east, double north) => Wkt.Read(string.Create(CultureInfo.InvariantCulture,
        $"POLYGON (({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"));

    public static Geometry Line(params (double Lon, double Lat)[] points) => Wkt.Read(string.Create(CultureInfo.InvariantCulture,
        $"LINESTRING ({string.Join(", ", points.Select(p => FormattableString.Invariant($"{p.Lon} {p.Lat}")))})"));

    public static EcoFeature Feature(string kind, string id, Geometry geometry, string propertiesJson = "{}") =>
        new(id, kind, geometry, JsonNode.Parse(propertiesJson)!.AsObject());

    public static EcoFeature Development(string id, string devType, Geometry geometry) =>
        Feature("development", id, geometry, $$"""{"dev_type":"{{devType}}"}""");

    public static ConflictInputs Inputs(params EcoFeature[] features) => ConflictInputs.From(features, Provenance);

    /// <summary>The conflicts as "rule a b severity" lines, the way a test compares them.</summary>
    public static string[] Lines(ConflictResult result) =>
        result.Conflicts.Select(c => $"{c.Rule} {c.AId} {c.BId} {ConflictCatalog.Name(c.Severity)}").ToArray();
}
