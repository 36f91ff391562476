using System.Collections.Concurrent;
using System.Text.Json;
using EcoSpace.Tests;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>
/// The third-party data (../shared/data beside the repository, found by TestRepository) read with
/// System.Text.Json into NTS geometries (lon/lat, x = longitude), and the oracle's expected measures.
/// </summary>
internal static class GeodesyTestData
{
    private static readonly GeometryFactory Factory = new();
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Geometry?>>> Cache = new();

    public static string DataFolder => TestRepository.SharedData;

    /// <summary>The geometries of the features of a GeoJSON file under data/, in file order (parsed once per test run).</summary>
    public static IReadOnlyList<Geometry?> Features(string relativePath) =>
        Cache.GetOrAdd(relativePath, p => new Lazy<IReadOnlyList<Geometry?>>(() => ReadFeatures(Path.Combine(DataFolder, p)))).Value;

    /// <summary>The per-feature lines of an expected/*.jsonl file (the trailing totals line excluded) and the totals.</summary>
    public static (IReadOnlyList<ExpectedMeasure> Features, ExpectedTotals Totals) Expected(string fileName)
    {
        var features = new List<ExpectedMeasure>();
        ExpectedTotals? totals = null;
        foreach (string line in File.ReadLines(Path.Combine(DataFolder, "expected", fileName)))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            if (e.TryGetProperty("ellipsoid", out JsonElement ellipsoid))
            {
                totals = new ExpectedTotals(ellipsoid.GetString()!, e.GetProperty("total_length_m").GetDouble(),
                    e.GetProperty("total_area_m2").GetDouble());
                continue;
            }
            features.Add(new ExpectedMeasure(
                Optional(e, "length_m"), Optional(e, "area_m2"), Optional(e, "perimeter_m")));
        }
        return (features, totals ?? throw new InvalidDataException(fileName + " has no totals line"));
    }

    private static double? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement value) ? value.GetDouble() : null;

    private static IReadOnlyList<Geometry?> ReadFeatures(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        JsonElement root = doc.RootElement;
        return root.GetProperty("type").GetString() switch
        {
            "FeatureCollection" => root.GetProperty("features").EnumerateArray().Select(GeometryOf).ToList(),
            "Feature" => [GeometryOf(root)],
            _ => [ReadGeometry(root)],
        };
    }

    private static Geometry? GeometryOf(JsonElement feature) =>
        feature.TryGetProperty("geometry", out JsonElement g) && g.ValueKind == JsonValueKind.Object ? ReadGeometry(g) : null;

    public static Geometry ReadGeometry(JsonElement g)
    {
        string type = g.GetProperty("type").GetString()!;
        if (type == "GeometryCollection")
            return Factory.CreateGeometryCollection(g.GetProperty("geometries").EnumerateArray().Select(ReadGeometry).ToArray());
        JsonElement c = g.GetProperty("coordinates");
        return type switch
        {
            "Point" => Factory.CreatePoint(Position(c)),
            "MultiPoint" => Factory.CreateMultiPointFromCoords(Positions(c)),
            "LineString" => Factory.CreateLineString(Positions(c)),
            "MultiLineString" => Factory.CreateMultiLineString(c.EnumerateArray().Select(l => Factory.CreateLineString(Positions(l))).ToArray()),
            "Polygon" => Polygon(c),
            "MultiPolygon" => Factory.CreateMultiPolygon(c.EnumerateArray().Select(Polygon).ToArray()),
            _ => throw new InvalidDataException("unknown geometry type " + type),
        };
    }

    private static Polygon Polygon(JsonElement rings)
    {
        LinearRing[] all = rings.EnumerateArray().Select(r => Factory.CreateLinearRing(Positions(r))).ToArray();
        return Factory.CreatePolygon(all[0], all[1..]);
    }

    private static Coordinate[] Positions(JsonElement array)
    {
        var result = new Coordinate[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement p in array.EnumerateArray())
            result[i++] = Position(p);
        return result;
    }

    private static Coordinate Position(JsonElement p) => new(p[0].GetDouble(), p[1].GetDouble());
}

internal sealed record ExpectedMeasure(double? LengthMeters, double? AreaSquareMeters, double? PerimeterMeters);

internal sealed record ExpectedTotals(string Ellipsoid, double LengthMeters, double AreaSquareMeters);
