using System.Buffers.Binary;
using EcoSpace.Core.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace EcoSpace.Data.GeoPackage;

/// <summary>
/// GeoPackage geometry blobs (OGC 12-128r18 §2.1.3): a "GP" header with flags, SRS id and an
/// optional envelope, then ISO WKB. Blobs are written 2-D with an XY envelope and SRID 4490.
/// </summary>
internal static class GeoPackageBinary
{
    private const int FixedHeaderBytes = 8;
    private const byte EmptyFlag = 0x10;

    public static byte[] Write(Geometry geometry)
    {
        if (geometry.SRID != Cgcs2000.Srid)
        {
            geometry = geometry.Copy();
            geometry.SRID = Cgcs2000.Srid;
        }

        // A new writer per call: the writer is cheap and not documented as thread-safe.
        return new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(geometry);
    }

    public static Geometry Read(byte[] blob)
    {
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
