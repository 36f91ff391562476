using System.Text.Json;
using EcoSpace.Core.Features;
using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.GeoJson;

// Geometry objects. "coordinates" are read as they come when "type" came first (what GDAL, QGIS and
// most writers do); otherwise their place is remembered and they are read once the type is known.
public sealed partial class GeoJsonReader
{
    private static GeometryFactory Factory => Cgcs2000.Factory;

    /// <summary>
    /// The cursor is on the geometry object's start. Returns null when it cannot be read (the error
    /// is added); the cursor is then somewhere inside the object.
    /// </summary>
    private Geometry? ReadGeometryObject(ref JsonCursor c)
    {
        int objectOffset = c.TokenOffset;
        string? typeName = null;
        var type = GeoJsonType.Unknown;
        Geometry? geometry = null;
        (int Start, int End)? deferredCoordinates = null, deferredGeometries = null;
        bool hasCoordinates = false, hasGeometries = false, hasFeatures = false;

        while (true)
        {
            c.Next();
            if (c.Reader.TokenType != JsonTokenType.PropertyName)
                break;

            if (c.Reader.ValueTextEquals("type"u8))
            {
                c.Next();
                if (typeName is not null)
                    return Fail(GeoJsonIssueCodes.DuplicateMember, $"the geometry has two \"type\" members (line {c.Line})");
                if (c.Reader.TokenType != JsonTokenType.String)
                    return Fail(GeoJsonIssueCodes.WrongJsonType, $"the geometry's \"type\" must be a string, not {JsonTokens.Describe(ref c.Reader)} (line {c.Line})");
                typeName = c.Reader.GetString()!;
                type = GeoJsonTypes.Parse(typeName);
            }
            else if (c.Reader.ValueTextEquals("coordinates"u8) || c.Reader.ValueTextEquals("geometries"u8))
            {
                bool isCoordinates = c.Reader.ValueTextEquals("coordinates"u8);
                if ((isCoordinates && hasCoordinates) || (!isCoordinates && hasGeometries))
                    return Fail(GeoJsonIssueCodes.DuplicateMember, $"the geometry has two \"{(isCoordinates ? "coordinates" : "geometries")}\" members (line {c.Line})");
                hasCoordinates |= isCoordinates;
                hasGeometries |= !isCoordinates;
                c.Next();
                bool wanted = isCoordinates ? type.IsGeometry() && type != GeoJsonType.GeometryCollection : type == GeoJsonType.GeometryCollection;
                if (wanted)
                {
                    geometry = isCoordinates ? ReadCoordinates(ref c, type) : ReadGeometries(ref c);
                    if (geometry is null)
                        return null;
                }
                else
                {
                    int start = c.TokenOffset;
                    if (c.Reader.TokenType.IsContainerStart())
                        c.Reader.Skip();
                    if (typeName is null && isCoordinates)
                        deferredCoordinates = (start, c.ConsumedOffset);
                    else if (typeName is null)
                        deferredGeometries = (start, c.ConsumedOffset);
                }
            }
            else if (c.Reader.ValueTextEquals("crs"u8))
            {
                c.Next();
                ReadInnerCrs(ref c);
            }
            else
            {
                hasFeatures |= c.Reader.ValueTextEquals("features"u8);
                c.Next();
                if (c.Reader.TokenType.IsContainerStart())
                    c.Reader.Skip();
            }
        }

        long line = c.LineOf(objectOffset);
        if (typeName is null)
            return Fail(GeoJsonIssueCodes.MissingMember, $"the geometry has no \"type\" member (line {line})");
        if (type is GeoJsonType.Feature or GeoJsonType.FeatureCollection)
            return Fail(GeoJsonIssueCodes.UnknownType, $"a {typeName} stands where a geometry was expected (line {line})");
        if (!type.IsGeometry())
            return Fail(GeoJsonIssueCodes.UnknownType, $"{GeoJsonTypes.Unknown(typeName, "a geometry type (LineString, Polygon, MultiPolygon, …)")} (line {line})");
        if (geometry is not null)
            return geometry;

        var deferred = type == GeoJsonType.GeometryCollection ? deferredGeometries : deferredCoordinates;
        if (deferred is { } range)
        {
            var part = c.Part(range.Start, range.End);
            part.Next();
            return type == GeoJsonType.GeometryCollection ? ReadGeometries(ref part) : ReadCoordinates(ref part, type);
        }

        return type == GeoJsonType.GeometryCollection
            ? Fail(GeoJsonIssueCodes.MissingMember, $"the GeometryCollection has no \"geometries\" member" +
                (hasFeatures ? " (it has \"features\": a collection of features is a \"FeatureCollection\")" : "") + $" (line {line})")
            : Fail(GeoJsonIssueCodes.MissingMember, $"the {typeName} has no \"coordinates\" member (line {line})");
    }

    /// <summary>The members of a GeometryCollection; the cursor is on the "geometries" value.</summary>
    private GeometryCollection? ReadGeometries(ref JsonCursor c)
    {
        if (c.Reader.TokenType != JsonTokenType.StartArray)
            return Fail<GeometryCollection>(GeoJsonIssueCodes.WrongJsonType, $"\"geometries\" must be an array of geometry objects, not {JsonTokens.Describe(ref c.Reader)} (line {c.Line})");

        var parts = new List<Geometry>();
        while (true)
        {
            c.Next();
            if (c.Reader.TokenType == JsonTokenType.EndArray)
                return Factory.CreateGeometryCollection(parts.ToArray());
            if (c.Reader.TokenType != JsonTokenType.StartObject)
                return Fail<GeometryCollection>(GeoJsonIssueCodes.WrongJsonType, $"geometries[{parts.Count}] is {JsonTokens.Describe(ref c.Reader)}, not a geometry object (line {c.Line})");
            var part = ReadGeometryObject(ref c);
            if (part is null)
                return null;
            parts.Add(part);
        }
    }

    private Geometry? Fail(string code, string message) => Fail<Geometry>(code, message);

    private T? Fail<T>(string code, string message, Coordinate? location = null) where T : class
    {
        Error(code, message, location);
        return null;
    }
}
