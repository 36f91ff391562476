using EcoSpace.Core.Features;
using EcoSpace.Data.GeoPackage;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace EcoSpace.Data.Tests;

/// <summary>
/// The store's own GeoPackage blob writer and reader (a fast path for lon/lat 4490 geometries) must
/// give exactly what NetTopologySuite.IO.GeoPackage gives, byte for byte and coordinate for coordinate.
/// </summary>
public class GeoPackageBinaryTests
{
    public static TheoryData<string> Geometries() =>
    [
        "LINESTRING (119.3 34.6, 119.4000001 34.7, 119.5 34.65)",
        "LINESTRING (119.3 34.6, 119.3 34.6, 119.4 34.7)",
        "MULTILINESTRING ((119.3 34.6, 119.4 34.7), (120 35, 120.1 35.1, 120.2 35))",
        "POLYGON ((119.3 34.6, 119.4 34.6, 119.4 34.7, 119.3 34.7, 119.3 34.6), (119.33 34.63, 119.33 34.66, 119.36 34.66, 119.33 34.63))",
        "MULTIPOLYGON (((119.3 34.6, 119.4 34.6, 119.4 34.7, 119.3 34.7, 119.3 34.6)), ((120 35, 120.1 35, 120.1 35.1, 120 35)))",
        "MULTIPOLYGON EMPTY",
        "LINESTRING EMPTY",
    ];

    [Theory]
    [MemberData(nameof(Geometries))]
    public void BlobsAreByteIdenticalToNetTopologySuitesWriter(string wkt)
    {
        var geometry = new WKTReader(Cgcs2000.Factory.GeometryServices).Read(wkt);
        geometry.SRID = Cgcs2000.Srid;
        var reference = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(geometry);

        Assert.Equal(reference, GeoPackageBinary.Write(geometry));
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    public void BlobsReadBackExactlyAsNetTopologySuitesReaderReadsThem(string wkt)
    {
        var geometry = new WKTReader(Cgcs2000.Factory.GeometryServices).Read(wkt);
        geometry.SRID = Cgcs2000.Srid;
        var blob = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(geometry);

        var expected = new GeoPackageGeoReader { HandleSRID = true }.Read(blob);
        var actual = GeoPackageBinary.Read(blob);

        Assert.Equal(expected.GeometryType, actual.GeometryType);
        Assert.True(expected.EqualsExact(actual), $"{expected} != {actual}");
        Assert.Equal(Cgcs2000.Srid, actual.SRID);
    }

    [Fact]
    public void ALongRandomLineRoundTripsBitForBit()
    {
        var random = new Random(4490);
        var coordinates = Enumerable.Range(0, 100_000)
            .Select(_ => new Coordinate(119 + random.NextDouble(), 34 + random.NextDouble())).ToArray();
        var line = Cgcs2000.Factory.CreateLineString(coordinates);

        var blob = GeoPackageBinary.Write(line);
        Assert.Equal(new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(line), blob);
        var back = (LineString)GeoPackageBinary.Read(blob);
        for (int i = 0; i < coordinates.Length; i++)
        {
            Assert.Equal(coordinates[i].X, back.CoordinateSequence.GetX(i));
            Assert.Equal(coordinates[i].Y, back.CoordinateSequence.GetY(i));
        }
    }
}
