using EcoSpace.Formats.Crs;

namespace EcoSpace.Formats.Tests;

public class InputCrsTests
{
    // Expected lon/lat computed with PROJ through pyproj (Debian python3-pyproj), e.g.
    //   /usr/bin/python3 -c "from pyproj import Transformer; print(Transformer.from_crs(4549, 4490, always_xy=True).transform(500000, 3800000))"
    // (target EPSG:4326 for EPSG:3857). ProjNet's Transverse Mercator agrees to about 1e-10 degrees.
    [Theory]
    [InlineData(4549, 500000, 3800000, 119.99999999999999, 34.32759471307492)]
    [InlineData(4549, 640000, 3850000, 121.5292503583488, 34.768714148338994)]
    [InlineData(4549, 413000, 3850000, 119.04958812298462, 34.77460964200373)]
    [InlineData(4527, 39640000, 3850000, 118.52925035834882, 34.768714148338994)]
    [InlineData(4527, 39413000, 3780000, 116.05671132300974, 34.143671534942776)]
    [InlineData(4513, 25500000, 4000000, 75.0, 36.13029292069608)]
    [InlineData(4533, 45400000, 5000000, 133.72887574762433, 45.12839956254252)]
    [InlineData(4491, 13500000, 4000000, 75.0, 36.13029292069608)]
    [InlineData(4497, 19650000, 3850000, 112.6384442960512, 34.76729335397653)]
    [InlineData(4502, 500000, 4000000, 75.0, 36.13029292069608)]
    [InlineData(4534, 600000, 4000000, 76.11083022280212, 36.12514210330437)]
    [InlineData(4554, 450000, 5000000, 134.36437905856522, 45.13370501468296)]
    [InlineData(3857, 13300000, 4100000, 119.47593278789634, 34.52857875378657)]
    [InlineData(3857, 13280000, 4130000, 119.29626973107244, 34.750303881557784)]
    public void ProjectedCoordinatesBecomeLonLatAsPyprojComputesThem(int epsg, double x, double y, double lonDegrees, double latDegrees)
    {
        var crs = InputCrs.Parse($"EPSG:{epsg}");
        double[] xy = [x, y];

        crs.ToLonLat(xy);

        Assert.False(crs.IsLonLat);
        Assert.Equal(lonDegrees, xy[0], 1e-8);
        Assert.Equal(latDegrees, xy[1], 1e-8);
    }

    [Fact]
    public void ManyPositionsAreTransformedInPlaceInOneCall()
    {
        var crs = InputCrs.Parse("EPSG:4549");
        double[] xy = [500000, 3800000, 640000, 3850000, 413000, 3850000];

        crs.ToLonLat(xy);

        Assert.Equal([119.99999999999999, 34.32759471307492, 121.5292503583488, 34.768714148338994, 119.04958812298462, 34.77460964200373],
            xy, (a, b) => Math.Abs(a - b) < 1e-8);
    }

    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::4490", "EPSG:4490")]
    [InlineData("EPSG:4490", "EPSG:4490")]
    [InlineData("epsg:4326", "EPSG:4326")]
    [InlineData("urn:ogc:def:crs:EPSG::4326", "EPSG:4326")]
    [InlineData("urn:ogc:def:crs:EPSG:6.6:4326", "EPSG:4326")]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", "OGC:CRS84")]
    [InlineData("urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84")]
    [InlineData("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "OGC:CRS84")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4490", "EPSG:4490")]
    public void LonLatNamesPassCoordinatesThroughUnchanged(string name, string canonical)
    {
        var crs = InputCrs.Parse(name);
        double[] xy = [119.3, 35.09];

        crs.ToLonLat(xy);

        Assert.True(crs.IsLonLat);
        Assert.Equal(canonical, crs.Name);
        Assert.Equal([119.3, 35.09], xy);
    }

    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::4549", "EPSG:4549")]
    [InlineData("urn:ogc:def:crs:EPSG::3857", "EPSG:3857")]
    [InlineData("EPSG:4527", "EPSG:4527")]
    public void ProjectedNamesAreRecognisedInEveryForm(string name, string canonical) =>
        Assert.Equal(canonical, InputCrs.Parse(name).Name);

    [Theory]
    [InlineData("EPSG:27700")]
    [InlineData("urn:ogc:def:crs:EPSG::26915")]
    [InlineData("EPSG:4490x")]
    [InlineData("EPSG:4555")]
    [InlineData("EPSG:4490.0")]
    [InlineData("+proj=longlat")]
    [InlineData("")]
    public void UnsupportedCrsIsRefusedNamingIt(string name)
    {
        var e = Assert.Throws<UnsupportedCrsException>(() => InputCrs.Parse(name));

        Assert.Equal(name, e.CrsName);
        Assert.Equal($"crs '{name}' is not supported; EcoSpace reads lon/lat (EPSG:4490, 4326, CRS84), " +
            "CGCS2000 Gauss-Krüger EPSG:4491-4554 and EPSG:3857", e.Message);
    }

    [Fact]
    public void AllLonLatNamesAreEquivalent() =>
        Assert.True(InputCrs.Parse("EPSG:4326").IsEquivalentTo(InputCrs.Parse("urn:ogc:def:crs:OGC:1.3:CRS84")));

    [Fact]
    public void DifferentZonesAreNotEquivalent() =>
        Assert.False(InputCrs.Parse("EPSG:4549").IsEquivalentTo(InputCrs.Parse("EPSG:4548")));
}
