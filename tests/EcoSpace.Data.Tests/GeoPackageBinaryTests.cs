using System.Buffers.Binary;
using EcoSpace.Data.GeoPackage;
using EcoSpace.Data.Tests.Support;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace EcoSpace.Data.Tests;

/// <summary>The blob header the RTree functions read, including forms other writers use.</summary>
public sealed class GeoPackageBinaryTests
{
    private static readonly Geometry Line = TestFeatures.Shoreline("a").Geometry;

    [Fact]
    public void WrittenBlobsHaveAnXyEnvelopeAndSrid4490()
    {
        var blob = GeoPackageBinary.Write(Line);

        Assert.Equal("GP"u8.ToArray(), blob[..2]);
        Assert.Equal(0, blob[2]);
        Assert.Equal(0b0000_0011, blob[3]); // little-endian, XY envelope, not empty, standard
        Assert.Equal(4490, BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(4)));
        Assert.Equal(Line.EnvelopeInternal, GeoPackageBinary.Envelope(blob));
        Assert.True(Line.EqualsExact(GeoPackageBinary.Read(blob)));
    }

    [Fact]
    public void AGeometryWithoutSridIsWrittenAs4490()
    {
        var line = (Geometry)Line.Copy();
        line.SRID = 0;

        Assert.Equal(4490, GeoPackageBinary.Read(GeoPackageBinary.Write(line)).SRID);
        Assert.Equal(0, line.SRID);
    }

    [Fact]
    public void ABlobWithoutEnvelopeGetsItFromTheGeometry()
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian, false).Write(Line);
        byte[] blob = [(byte)'G', (byte)'P', 0, 0b0000_0001, 0x8A, 0x11, 0, 0, .. wkb];

        Assert.Equal(Line.EnvelopeInternal, GeoPackageBinary.Envelope(blob));
        Assert.False(GeoPackageBinary.IsEmpty(blob));
    }

    [Fact]
    public void ABigEndianEnvelopeIsRead()
    {
        var blob = new byte[8 + 32];
        "GP"u8.CopyTo(blob);
        blob[3] = 0b0000_0010; // big-endian, XY envelope
        double[] box = [119.3, 119.4, 34.9, 35.0];
        for (int i = 0; i < 4; i++)
            BinaryPrimitives.WriteDoubleBigEndian(blob.AsSpan(8 + 8 * i), box[i]);

        Assert.Equal(new Envelope(119.3, 119.4, 34.9, 35.0), GeoPackageBinary.Envelope(blob));
    }

    [Fact]
    public void EmptyAndForeignBlobsHaveNoEnvelope()
    {
        byte[] empty = [(byte)'G', (byte)'P', 0, 0b0001_0001, 0x8A, 0x11, 0, 0];

        Assert.True(GeoPackageBinary.IsEmpty(empty));
        Assert.Null(GeoPackageBinary.Envelope(empty));
        Assert.Null(GeoPackageBinary.Envelope("not a geometry"u8));
        Assert.False(GeoPackageBinary.IsEmpty("not a geometry"u8));
    }
}
