using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.GeoJson;

// A GeometryCollection is not a geometry any kind stores. Its parts (nested collections and Multi
// geometries flattened) are grouped into lines and areas; each group becomes one Multi geometry when
// the kind takes Multi types (areas of red_line → MultiPolygon), else one feature per part
// (LineStrings of shoreline → id-1, id-2, …). A part the kind does not take makes it an error.
public sealed partial class GeoJsonReader
{
    private IReadOnlyList<Geometry>? FitCollection(GeometryCollection collection)
    {
        var parts = new List<Geometry>();
        Flatten(collection, parts);
        if (parts.Count == 0)
            return Fail<IReadOnlyList<Geometry>>(GeoJsonIssueCodes.CollectionDoesNotFit, "the GeometryCollection is empty");

        var allowed = _kind.AllowedGeometryTypes;
        for (int i = 0; i < parts.Count; i++)
        {
            if (!allowed.Contains(parts[i].GeometryType))
            {
                return Fail<IReadOnlyList<Geometry>>(GeoJsonIssueCodes.CollectionDoesNotFit,
                    $"part {i} of the GeometryCollection is a {parts[i].GeometryType}, which kind '{_kind.Name}' does not take " +
                    $"(allowed: {string.Join(", ", allowed)})", parts[i].Coordinate);
            }
        }

        var lines = parts.OfType<LineString>().ToArray();
        var areas = parts.OfType<Polygon>().ToArray();
        var pieces = new List<Geometry>();
        if (lines.Length > 0)
        {
            if (lines.Length > 1 && allowed.Contains(Geometry.TypeNameMultiLineString))
                pieces.Add(Factory.CreateMultiLineString(lines));
            else
                pieces.AddRange(lines);
        }
        if (areas.Length > 0)
        {
            if (areas.Length > 1 && allowed.Contains(Geometry.TypeNameMultiPolygon))
                pieces.Add(Factory.CreateMultiPolygon(areas));
            else
                pieces.AddRange(areas);
        }

        string result = pieces.Count == 1
            ? $"one {pieces[0].GeometryType}"
            : $"{pieces.Count} features ({string.Join(", ", pieces.Select(p => p.GeometryType))}) with ids suffixed -1…-{pieces.Count}";
        Warn(GeoJsonIssueCodes.CollectionExploded, $"GeometryCollection of {parts.Count} part(s) read as {result} for kind '{_kind.Name}'");
        return pieces;
    }

    private static void Flatten(Geometry geometry, List<Geometry> parts)
    {
        if (geometry is GeometryCollection collection)
        {
            for (int i = 0; i < collection.NumGeometries; i++)
                Flatten(collection.GetGeometryN(i), parts);
        }
        else if (!geometry.IsEmpty)
        {
            parts.Add(geometry);
        }
    }
}
