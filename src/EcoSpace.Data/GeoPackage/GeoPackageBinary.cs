using System.Buffers.Binary;
using System.Runtime.InteropServices;
using EcoSpace.Core.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using NetTopologySuite.IO;

namespace EcoSpace.Data.GeoPackage;

/// <summary>
/// GeoPackage geometry blobs (OGC 12-128r18 §2.1.3): a "GP" header with flags, SRS id and an
/// optional envelope, then ISO WKB. Blobs are written 2-D with an XY envelope and SRID 4490.
/// </summary>
internal static partial class GeoPackageBinary
{
    private const int FixedHeaderBytes = 8;
    private const byte EmptyFlag = 0x10;

    public static byte[] Write(Geometry geometry)
    {
        if (!geometry.IsEmpty && WkbSize(geometry) is int wkbSize and > 0)
            return WriteXy(geometry, wkbSize);

        if (geometry.SRID != Cgcs2000.Srid)
        {
            geometry = geometry.Copy();
            geometry.SRID = Cgcs2000.Srid;
        }

        // A new writer per call: the writer is cheap and not documented as thread-safe.
        return new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(geometry);
    }

    // The common case written directly into one exact-size array: GeoPackageGeoWriter goes through
    // a growing MemoryStream and its ToArray copy (three times the blob for a large coastline). The
    // bytes are the same as GeoPackageGeoWriter's with HandleOrdinates XY: the "GP" header, flags
    // 0x03 (little-endian, XY envelope), SRS 4490, the envelope, then little-endian 2-D WKB.
    private const int EnvelopeBytes = 32;
    private const byte WkbLittleEndian = 1;

    private static byte[] WriteXy(Geometry geometry, int wkbSize)
    {
        var blob = new byte[FixedHeaderBytes + EnvelopeBytes + wkbSize];
        var span = blob.AsSpan();
        span[0] = (byte)'G';
        span[1] = (byte)'P';
        span[2] = 0;     // version 1
        span[3] = 0x03;  // little-endian, envelope [minx, maxx, miny, maxy], not empty, standard
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], Cgcs2000.Srid);
        var envelope = geometry.EnvelopeInternal;
        BinaryPrimitives.WriteDoubleLittleEndian(span[8..], envelope.MinX);
        BinaryPrimitives.WriteDoubleLittleEndian(span[16..], envelope.MaxX);
        BinaryPrimitives.WriteDoubleLittleEndian(span[24..], envelope.MinY);
        BinaryPrimitives.WriteDoubleLittleEndian(span[32..], envelope.MaxY);
        int end = WriteWkb(geometry, span, FixedHeaderBytes + EnvelopeBytes);
        if (end != blob.Length)
            throw new InvalidOperationException($"GeoPackage blob size mismatch: wrote {end} of {blob.Length} bytes");
        return blob;
    }

    /// <summary>The size of the 2-D WKB of a geometry the direct writer handles; 0 for anything else (empty parts, rings, collections).</summary>
    private static int WkbSize(Geometry geometry)
    {
        switch (geometry)
        {
            case Point point:
                return point.IsEmpty ? 0 : 5 + 16;
            case LinearRing:
                return 0;
            case LineString line:
                return line.IsEmpty ? 0 : 9 + 16 * line.CoordinateSequence.Count;
            case Polygon polygon:
            {
                if (polygon.IsEmpty)
                    return 0;
                int size = 9 + 4 + 16 * polygon.ExteriorRing.CoordinateSequence.Count;
                for (int i = 0; i < polygon.NumInteriorRings; i++)
                    size += 4 + 16 * polygon.GetInteriorRingN(i).CoordinateSequence.Count;
                return size;
            }
            case MultiPoint or MultiLineString or MultiPolygon:
            {
                int size = 9;
                for (int i = 0; i < geometry.NumGeometries; i++)
                {
                    int part = WkbSize(geometry.GetGeometryN(i));
                    if (part == 0)
                        return 0;
                    size += part;
                }
                return size;
            }
            default:
                return 0;
        }
    }

    private static int WriteWkb(Geometry geometry, Span<byte> blob, int at)
    {
        blob[at] = WkbLittleEndian;
        BinaryPrimitives.WriteUInt32LittleEndian(blob[(at + 1)..], WkbType(geometry));
        at += 5;
        switch (geometry)
        {
            case Point point:
                BinaryPrimitives.WriteDoubleLittleEndian(blob[at..], point.CoordinateSequence.GetX(0));
                BinaryPrimitives.WriteDoubleLittleEndian(blob[(at + 8)..], point.CoordinateSequence.GetY(0));
                return at + 16;
            case LineString line:
                return WritePoints(line.CoordinateSequence, blob, at);
            case Polygon polygon:
                BinaryPrimitives.WriteUInt32LittleEndian(blob[at..], (uint)(1 + polygon.NumInteriorRings));
                at = WritePoints(polygon.ExteriorRing.CoordinateSequence, blob, at + 4);
                for (int i = 0; i < polygon.NumInteriorRings; i++)
                    at = WritePoints(polygon.GetInteriorRingN(i).CoordinateSequence, blob, at);
                return at;
            default:
                BinaryPrimitives.WriteUInt32LittleEndian(blob[at..], (uint)geometry.NumGeometries);
                at += 4;
                for (int i = 0; i < geometry.NumGeometries; i++)
                    at = WriteWkb(geometry.GetGeometryN(i), blob, at);
                return at;
        }
    }

    private static uint WkbType(Geometry geometry) => geometry switch
    {
        Point => 1,
        LineString => 2,
        Polygon => 3,
        MultiPoint => 4,
        MultiLineString => 5,
        MultiPolygon => 6,
        _ => throw new ArgumentException($"no direct WKB for {geometry.GeometryType}", nameof(geometry)),
    };

    /// <summary>The point count, then x and y of every point; a packed XY sequence is copied as it is.</summary>
    private static int WritePoints(CoordinateSequence sequence, Span<byte> blob, int at)
    {
        int count = sequence.Count;
        BinaryPrimitives.WriteUInt32LittleEndian(blob[at..], (uint)count);
        at += 4;
        if (BitConverter.IsLittleEndian && sequence is PackedDoubleCoordinateSequence { Dimension: 2 } packed)
        {
            var raw = MemoryMarshal.AsBytes(packed.GetRawCoordinates().AsSpan(0, 2 * count));
            raw.CopyTo(blob[at..]);
            return at + raw.Length;
        }

        for (int i = 0; i < count; i++, at += 16)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(blob[at..], sequence.GetX(i));
            BinaryPrimitives.WriteDoubleLittleEndian(blob[(at + 8)..], sequence.GetY(i));
        }
        return at;
    }

    public static Geometry Read(byte[] blob)
    {
        if (TryReadXy(blob) is { } xy)
            return xy;
        var geometry = new GeoPackageGeoReader { HandleSRID = true }.Read(blob);
        if (geometry.SRID <= 0)
            geometry.SRID = Cgcs2000.Srid;
        return geometry;
    }

    public static bool IsEmpty(ReadOnlySpan<byte> blob) => HasHeader(blob) && (blob[3] & EmptyFlag) != 0;

    /// <summary>
    /// The envelope from the header; from the geometry itself when the header has none.
    /// Null for an empty geometry or a blob that is not GeoPackage binary.
    /// </summary>
    public static Envelope? Envelope(ReadOnlySpan<byte> blob)
    {
        if (!HasHeader(blob) || IsEmpty(blob))
            return null;
        byte flags = blob[3];
        int envelopeIndicator = (flags >> 1) & 0x07;
        if (envelopeIndicator == 0 || blob.Length < FixedHeaderBytes + 32)
        {
            var fromGeometry = Read(blob.ToArray()).EnvelopeInternal;
            return fromGeometry.IsNull ? null : fromGeometry;
        }

        // Header order is minx, maxx, miny, maxy.
        bool littleEndian = (flags & 0x01) != 0;
        var box = blob.Slice(FixedHeaderBytes, 32);
        return new Envelope(Double(box, 0, littleEndian), Double(box, 1, littleEndian), Double(box, 2, littleEndian), Double(box, 3, littleEndian));
    }

    private static double Double(ReadOnlySpan<byte> box, int index, bool littleEndian)
    {
        var bytes = box.Slice(8 * index, 8);
        return littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes);
    }

    private static bool HasHeader(ReadOnlySpan<byte> blob) =>
        blob.Length >= FixedHeaderBytes && blob[0] == (byte)'G' && blob[1] == (byte)'P';
}
