using EcoSpace.Core.Projection;

namespace EcoSpace.Core.Tests.Projection;

/// <summary>ProjNet's Transverse Mercator, as Core builds it, against PROJ.</summary>
public class GaussKrugerTransformsTests
{
    // Expected easting, northing computed with PROJ through pyproj (Debian python3-pyproj):
    //   /usr/bin/python3 -c "from pyproj import Transformer; print(Transformer.from_crs(4490, 4549, always_xy=True).transform(119.3, 34.7))"
    // (4490 → the EPSG code of the row). PROJ's Transverse Mercator (Poder/Engsager) is exact to
    // nanometres this close to the central meridian.
    [Theory]
    [InlineData(4549, 119.3, 34.7, 435865.3670528738, 3841534.588898077)] // Lianyungang
    [InlineData(4549, 121.5, 35.0, 636937.6509266751, 3875621.1816939698)] // the zone's east edge
    [InlineData(4549, 118.5, 34.2, 361742.5758501375, 3786863.6700743306)] // the zone's west edge
    [InlineData(4549, 120.0, 0.0, 500000.0, 0.0)] // the origin
    [InlineData(4534, 73.5, 40.0, 371906.64103966084, 4430606.951569739)] // the westernmost edge, CM 75E
    [InlineData(4554, 136.5, 45.0, 618270.2739984937, 4986039.21404172)] // the easternmost edge, CM 135E
    public void ForwardProjectionIsWithinAMillimetreOfProj(int epsg, double lon, double lat, double easting, double northing)
    {
        Assert.True(GaussKrugerZones.TryGet(epsg, out GaussKrugerZone zone));
        double[] xy = [lon, lat];

        GaussKrugerTransforms.FromLonLat(zone).Transform(xy, xy.AsSpan(1), 2, 2);

        Assert.Equal(easting, xy[0], 0.001);
        Assert.Equal(northing, xy[1], 0.001);
    }

    [Fact]
    public void InverseUndoesForward()
    {
        Assert.True(GaussKrugerZones.TryGet(4549, out GaussKrugerZone zone));
        double[] xy = [119.3, 34.7, 121.5, 35.0, 118.5, 34.2];

        GaussKrugerTransforms.FromLonLat(zone).Transform(xy, xy.AsSpan(1), 2, 2);
        GaussKrugerTransforms.ToLonLat(zone).Transform(xy, xy.AsSpan(1), 2, 2);

        Assert.Equal([119.3, 34.7, 121.5, 35.0, 118.5, 34.2], xy, (a, b) => Math.Abs(a - b) < 1e-10);
    }

    [Theory]
    [InlineData(4549, "CGCS2000 / 3-degree Gauss-Kruger CM 120E", 120, 500_000)]
    [InlineData(4534, "CGCS2000 / 3-degree Gauss-Kruger CM 75E", 75, 500_000)]
    [InlineData(4554, "CGCS2000 / 3-degree Gauss-Kruger CM 135E", 135, 500_000)]
    [InlineData(4528, "CGCS2000 / 3-degree Gauss-Kruger zone 40", 120, 40_500_000)]
    [InlineData(4497, "CGCS2000 / Gauss-Kruger zone 19", 111, 19_500_000)]
    [InlineData(4508, "CGCS2000 / Gauss-Kruger CM 111E", 111, 500_000)]
    public void ZonesCarryTheirEpsgDefinition(int epsg, string name, double centralMeridianDegrees, double falseEastingMeters)
    {
        Assert.True(GaussKrugerZones.TryGet(epsg, out GaussKrugerZone zone));
        Assert.Equal(new GaussKrugerZone(epsg, name, centralMeridianDegrees, falseEastingMeters), zone);
    }

    [Theory]
    [InlineData(4490)]
    [InlineData(4555)]
    [InlineData(3857)]
    public void OtherCodesAreNoGaussKrugerZone(int epsg) => Assert.False(GaussKrugerZones.TryGet(epsg, out _));
}
