using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoSpace.Core.Validation;
using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.GeoJson;

// "coordinates" by geometry type. Positions go into one reused buffer of doubles; each line or ring
// is checked (count, closure), transformed to lon/lat and oriented there, and only then becomes a
// packed coordinate sequence (no Coordinate objects). The first problem in a geometry ends its reading.
public sealed partial class GeoJsonReader
{
    private readonly CoordinateBuffer _coordinates = new();
    private bool _zDropped;
    private bool _partError;
    private int _reversedRings;
    private Coordinate? _firstReversed;

    /// <summary>The cursor is on the "coordinates" value of a geometry of <paramref name="type"/>.</summary>
    private Geometry? ReadCoordinates(ref JsonCursor c, GeoJsonType type)
    {
        _coordinates.Clear();
        _partError = false;
        if (c.Reader.TokenType != JsonTokenType.StartArray)
            return Fail(GeoJsonIssueCodes.WrongJsonType, $"\"coordinates\" must be an array, not {JsonTokens.Describe(ref c.Reader)} (line {c.Line})");

        switch (type)
        {
            case GeoJsonType.Point:
                return ReadPoint(ref c);
            case GeoJsonType.LineString:
            {
                int offset = c.TokenOffset;
                return ReadPositionList(ref c, type) ? TakeLine(ref c, offset, -1) : null;
            }
            case GeoJsonType.MultiPoint:
                if (!ReadPositionList(ref c, type))
                    return null;
                TransformToLonLat();
                return Factory.CreateMultiPoint(Array.ConvertAll(_coordinates.Take(), Factory.CreatePoint));
            case GeoJsonType.Polygon:
                return ReadPolygon(ref c, type, -1);
            case GeoJsonType.MultiLineString:
            {
                var lines = new List<LineString>();
                while (NextPart(ref c, type, "a line ([[lon, lat], …])"))
                {
                    int offset = c.TokenOffset;
                    var line = ReadPositionList(ref c, type) ? TakeLine(ref c, offset, lines.Count) : null;
                    if (line is null)
                        return null;
                    lines.Add(line);
                }
                return _partError ? null : Factory.CreateMultiLineString(lines.ToArray());
            }
            case GeoJsonType.MultiPolygon:
            {
                var polygons = new List<Polygon>();
                while (NextPart(ref c, type, "a polygon ([[[lon, lat], …], …])"))
                {
                    var polygon = ReadPolygon(ref c, type, polygons.Count);
                    if (polygon is null)
                        return null;
                    polygons.Add(polygon);
                }
                return _partError ? null : Factory.CreateMultiPolygon(polygons.ToArray());
            }
            default:
                throw new InvalidOperationException($"{type} has no coordinates");
        }
    }

    private Point? ReadPoint(ref JsonCursor c)
    {
        if (!ReadPosition(ref c, GeoJsonType.Point, allowEmpty: true))
            return null;
        if (_coordinates.Length == 0)
            return Factory.CreatePoint();
        TransformToLonLat();
        return Factory.CreatePoint(_coordinates.Take()[0]);
    }

    /// <summary>
    /// Moves to the next element of an array of arrays; false at its end. An element that is not an
    /// array is an error (reported, and false).
    /// </summary>
    private bool NextPart(ref JsonCursor c, GeoJsonType type, string expected)
    {
        c.Next();
        if (c.Reader.TokenType == JsonTokenType.StartArray)
            return true;
        if (c.Reader.TokenType != JsonTokenType.EndArray)
        {
            NestingError(ref c, type, expected);
            _partError = true;
        }
        return false;
    }

    /// <summary>The cursor is on the start of an array of positions; appends them to the buffer.</summary>
    private bool ReadPositionList(ref JsonCursor c, GeoJsonType type)
    {
        while (NextPart(ref c, type, "a position ([lon, lat])"))
        {
            // A line longer than the buffer: size it once for the rest of the line, so that the
            // line's doubles become its sequence without growth copies (see CoordinateBuffer).
            if (_coordinates.IsFull)
                _coordinates.Reserve(_coordinates.Length / 2 + c.CountArraysFrom(c.TokenOffset));
            if (!ReadPosition(ref c, type, allowEmpty: false))
                return false;
        }
        return !_partError;
    }

    /// <summary>The cursor is on the start of a position; appends longitude and latitude (dropping Z).</summary>
    private bool ReadPosition(ref JsonCursor c, GeoJsonType type, bool allowEmpty)
    {
        ref var reader = ref c.Reader;
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray && allowEmpty)
            return true;
        if (!ReadOrdinate(ref c, out double x, type, 0))
            return false;
        reader.Read();
        if (!ReadOrdinate(ref c, out double y, type, 1))
            return false;
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
                break;
            if (!ReadOrdinate(ref c, out _, type, 2))
                return false;
            _zDropped = true;
        }
        _coordinates.Add(x, y);
        return true;
    }

    private bool ReadOrdinate(ref JsonCursor c, out double value, GeoJsonType type, int ordinateIndex)
    {
        ref var reader = ref c.Reader;
        if (reader.TokenType == JsonTokenType.Number
            && (DecimalNumber.TryParse(reader.ValueSpan, out value) || (reader.TryGetDouble(out value) && double.IsFinite(value))))
            return true;

        value = 0;
        long line = c.Line;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                Error(IssueCodes.CoordinateNotFinite, $"the coordinate {Encoding.UTF8.GetString(reader.ValueSpan)} is not a finite number (line {line})");
                break;
            case JsonTokenType.EndArray:
                Error(GeoJsonIssueCodes.BadPosition, $"a position needs longitude and latitude; this one has {(ordinateIndex == 0 ? "no numbers" : "1 number")} (line {line})");
                break;
            case JsonTokenType.StartArray:
                NestingError(ref c, type, "a number");
                break;
            default:
                Error(GeoJsonIssueCodes.BadPosition, $"every element of a position must be a number; found {JsonTokens.Describe(ref reader)} (line {line})");
                break;
        }
        return false;
    }

    private void NestingError(ref JsonCursor c, GeoJsonType type, string expected)
    {
        Error(GeoJsonIssueCodes.BadPosition,
            $"found {JsonTokens.Describe(ref c.Reader)} where {expected} was expected: the coordinates of a {type} " +
            $"are nested as {Shape(type)} (line {c.Line})");
    }

    private static string Shape(GeoJsonType type) => type switch
    {
        GeoJsonType.Point => "[lon, lat]",
        GeoJsonType.LineString or GeoJsonType.MultiPoint => "[[lon, lat], …]",
        GeoJsonType.Polygon or GeoJsonType.MultiLineString => "[[[lon, lat], …], …]",
        _ => "[[[[lon, lat], …], …], …]",
    };

    /// <summary>The cursor is on the start of a polygon's array of rings.</summary>
    private Polygon? ReadPolygon(ref JsonCursor c, GeoJsonType type, int polygonIndex)
    {
        var rings = new List<LinearRing>();
        while (NextPart(ref c, type, "a ring ([[lon, lat], …])"))
        {
            int offset = c.TokenOffset;
            if (!ReadPositionList(ref c, type))
                return null;
            var ring = TakeRing(ref c, offset, polygonIndex, rings.Count);
            if (ring is null)
                return null;
            rings.Add(ring);
        }
        if (_partError)
            return null;
        return rings.Count == 0 ? Factory.CreatePolygon() : Factory.CreatePolygon(rings[0], rings.Skip(1).ToArray());
    }

    private LineString? TakeLine(ref JsonCursor c, int offset, int lineIndex)
    {
        int positions = _coordinates.Length / 2;
        if (positions == 1)
        {
            string what = lineIndex < 0 ? "the LineString" : $"line {lineIndex} of the MultiLineString";
            return Fail<LineString>(GeoJsonIssueCodes.TooFewPositions,
                $"{what} has 1 position; a line needs at least 2 (line {c.LineOf(offset)})", FirstPosition());
        }
        TransformToLonLat();
        return Factory.CreateLineString(_coordinates.TakeSequence());
    }

    private LinearRing? TakeRing(ref JsonCursor c, int offset, int polygonIndex, int ringIndex)
    {
        var xy = _coordinates.Values;
        int positions = xy.Length / 2;
        if (positions == 0 || xy[0] != xy[^2] || xy[1] != xy[^1] || positions < 4)
        {
            string what = (polygonIndex < 0 ? "" : $"polygon {polygonIndex}, ") + (ringIndex == 0 ? "exterior ring" : $"hole {ringIndex}");
            string where = $"(line {c.LineOf(offset)})";
            if (positions > 0 && (xy[0] != xy[^2] || xy[1] != xy[^1]))
            {
                string few = positions < 4 ? $", and it has only {positions} positions (a ring needs at least 4)" : "";
                return Fail<LinearRing>(GeoJsonIssueCodes.RingNotClosed,
                    $"the {what} is not closed: its first position ({Number(xy[0])}, {Number(xy[1])}) differs from its last " +
                    $"({Number(xy[^2])}, {Number(xy[^1])}){few} {where}", FirstPosition());
            }
            return Fail<LinearRing>(GeoJsonIssueCodes.TooFewPositions,
                $"the {what} has {positions} positions; a closed ring needs at least 4 {where}", FirstPosition());
        }

        TransformToLonLat();
        double area = RingOrientation.SignedDoubleArea(xy);
        bool exterior = ringIndex == 0;
        if ((exterior && area < 0) || (!exterior && area > 0))
        {
            RingOrientation.Reverse(xy);
            _reversedRings++;
            _firstReversed ??= new Coordinate(xy[0], xy[1]);
        }
        return Factory.CreateLinearRing(_coordinates.TakeSequence());
    }

    private void TransformToLonLat()
    {
        if (!_crs.IsLonLat)
            _crs.ToLonLat(_coordinates.Values);
    }

    private Coordinate? FirstPosition()
    {
        var xy = _coordinates.Values;
        return xy.Length >= 2 ? new Coordinate(xy[0], xy[1]) : null;
    }

    private void AddGeometryWarnings()
    {
        if (_zDropped)
            Warn(GeoJsonIssueCodes.ZDropped, "3-D coordinates: Z dropped (EcoSpace stores 2-D lon/lat)");
        if (_reversedRings > 0)
        {
            Warn(GeoJsonIssueCodes.RingReversed,
                $"{_reversedRings} ring(s) reversed to follow the right-hand rule of RFC 7946 (exterior rings counter-clockwise, holes clockwise)",
                _firstReversed);
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
