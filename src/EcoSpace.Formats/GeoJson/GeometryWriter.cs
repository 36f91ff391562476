using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace EcoSpace.Formats.GeoJson;

/// <summary>
/// A geometry as a GeoJSON geometry object: 2-D, coordinates rounded to a number of decimals and
/// written in the shortest form that reads back to the rounded value (no exponents), rings in
/// RFC 7946 orientation (reversed on output when needed; the geometry is not changed).
/// </summary>
internal readonly struct GeometryWriter(Utf8JsonWriter writer, int precision)
{
    public void Write(Geometry geometry)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, geometry.GeometryType);
        if (geometry is GeometryCollection collection && geometry.OgcGeometryType == OgcGeometryType.GeometryCollection)
        {
            writer.WriteStartArray("geometries"u8);
            for (int i = 0; i < collection.NumGeometries; i++)
                Write(collection.GetGeometryN(i));
            writer.WriteEndArray();
        }
        else
        {
            writer.WritePropertyName("coordinates"u8);
            WriteCoordinates(geometry);
        }
        writer.WriteEndObject();
    }

    private void WriteCoordinates(Geometry geometry)
    {
        switch (geometry)
        {
            case Point point:
                if (point.IsEmpty)
                {
                    writer.WriteStartArray();
                    writer.WriteEndArray();
                }
                else
                {
                    WritePosition(point.X, point.Y);
                }
                break;
            case LineString line:
                WriteSequence(line.CoordinateSequence, reverse: false);
                break;
            case Polygon polygon:
                WritePolygon(polygon);
                break;
            case MultiPoint or MultiLineString or MultiPolygon:
                writer.WriteStartArray();
                for (int i = 0; i < geometry.NumGeometries; i++)
                    WriteCoordinates(geometry.GetGeometryN(i));
                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"cannot write a {geometry.GeometryType} as GeoJSON coordinates");
        }
    }

    private void WritePolygon(Polygon polygon)
    {
        writer.WriteStartArray();
        if (!polygon.IsEmpty)
        {
            WriteRing(polygon.Shell, counterClockwise: true);
            foreach (var hole in polygon.Holes)
                WriteRing(hole, counterClockwise: false);
        }
        writer.WriteEndArray();
    }

    private void WriteRing(LinearRing ring, bool counterClockwise)
    {
        var sequence = ring.CoordinateSequence;
        double area = RingOrientation.SignedDoubleArea(sequence);
        bool reverse = counterClockwise ? area < 0 : area > 0;
        WriteSequence(sequence, reverse);
    }

    private void WriteSequence(CoordinateSequence sequence, bool reverse)
    {
        writer.WriteStartArray();
        int n = sequence.Count;
        for (int k = 0; k < n; k++)
        {
            int i = reverse ? n - 1 - k : k;
            WritePosition(sequence.GetX(i), sequence.GetY(i));
        }
        writer.WriteEndArray();
    }

    private void WritePosition(double x, double y)
    {
        writer.WriteStartArray();
        WriteNumber(x);
        WriteNumber(y);
        writer.WriteEndArray();
    }

    private void WriteNumber(double value)
    {
        Span<byte> text = stackalloc byte[40];
        writer.WriteRawValue(text[..FormatCoordinate(value, precision, text)], skipInputValidation: true);
    }

    /// <summary>
    /// Rounds to <paramref name="decimals"/> and formats in the shortest round-trip form, in plain
    /// notation (1E-07 becomes 0.0000001); -0 becomes 0.
    /// </summary>
    internal static int FormatCoordinate(double value, int decimals, Span<byte> destination)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "GeoJSON coordinates must be finite numbers");
        double rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
            rounded = 0; // no "-0"
        rounded.TryFormat(destination, out int written, "R", CultureInfo.InvariantCulture);
        if (destination[..written].IndexOfAny((byte)'E', (byte)'e') < 0)
            return written;

        rounded.TryFormat(destination, out written, "F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (destination[..written].Contains((byte)'.'))
        {
            while (destination[written - 1] == (byte)'0')
                written--;
            if (destination[written - 1] == (byte)'.')
                written--;
        }
        return written;
    }
}
