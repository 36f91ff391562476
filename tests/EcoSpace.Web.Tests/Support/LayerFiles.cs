using System.Text.Json.Nodes;
using EcoSpace.Tests;
using NetTopologySuite.Geometries;

namespace EcoSpace.Web.Tests.Support;

/// <summary>
/// The sample's layer files read with System.Text.Json and NetTopologySuite only (not EcoSpace's
/// reader): an outside view of what the API must serve.
/// </summary>
public static class LayerFiles
{
    private static readonly GeometryFactory Factory = new();

    public static JsonArray Features(string kind) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestRepository.Layers, kind + ".geojson")))!["features"]!.AsArray();

    /// <summary>Every feature's id and geometry.</summary>
    public static IReadOnlyList<(string Id, Geometry Geometry)> Geometries(string kind) =>
        Features(kind).Select(f => (f!["id"]!.GetValue<string>(), Geometry(f["geometry"]!))).ToArray();

    /// <summary>min/max lon/lat over every coordinate of the layer file.</summary>
    public static Envelope Extent(string kind)
    {
        var extent = new Envelope();
        foreach (var (_, geometry) in Geometries(kind))
            extent.ExpandToInclude(geometry.EnvelopeInternal);
        return extent;
    }

    public static Geometry Geometry(JsonNode geometry)
    {
        var coordinates = geometry["coordinates"]!;
        return geometry["type"]!.GetValue<string>() switch
        {
            "LineString" => Factory.CreateLineString(Positions(coordinates)),
            "MultiLineString" => Factory.CreateMultiLineString(coordinates.AsArray().Select(l => Factory.CreateLineString(Positions(l!))).ToArray()),
            "Polygon" => Polygon(coordinates),
            "MultiPolygon" => Factory.CreateMultiPolygon(coordinates.AsArray().Select(p => Polygon(p!)).ToArray()),
            var other => throw new NotSupportedException(other),
        };
    }

    private static Polygon Polygon(JsonNode rings)
    {
        var all = rings.AsArray().Select(r => Factory.CreateLinearRing(Positions(r!))).ToArray();
        return Factory.CreatePolygon(all[0], all[1..]);
    }

    private static Coordinate[] Positions(JsonNode positions) =>
        positions.AsArray().Select(p => new Coordinate(p![0]!.GetValue<double>(), p[1]!.GetValue<double>())).ToArray();
}
