using EcoSpace.Core.Geodesy;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>
/// GeographicLib's own published checks of the inverse problem, with their tolerances: the test
/// suite of the C library, geodtest.c (testcases[] from the GeodTest set, and GeodSolve0-96), also
/// shipped as geographiclib/test/test_geodesic.py (GeographicLib 2.0, MIT licence).
/// </summary>
public class GeodSolveTests
{
    private static readonly Geodesic Wgs84 = Geodesic.Wgs84;

    // testcases[]: lat1, lon1, azi1, lat2, lon2, azi2, s12, a12 (m12, M12, M21, S12 omitted).
    [Theory]
    [InlineData(35.60777, -139.44815, 111.098748429560326, -11.17491, -69.95921, 129.289270889708762, 8935244.5604818305, 80.50729714281974)]
    [InlineData(55.52454, 106.05087, 22.020059880982801, 77.03196, 197.18234, 109.112041110671519, 4105086.1713924406, 36.892740690445894)]
    [InlineData(-21.97856, 142.59065, -32.44456876433189, 41.84138, 98.56635, -41.84359951440466, 8394328.894657671, 75.62930491011522)]
    [InlineData(-66.99028, 112.2363, 173.73491240878403, -12.70631, 285.90344, 2.512956620913668, 11150344.2312080241, 100.278634181155759)]
    [InlineData(-17.42761, 173.34268, -159.033557661192928, -15.84784, 5.93557, -20.787484651536988, 16076603.1631180673, 144.640108810286253)]
    [InlineData(32.84994, 48.28919, 150.492927788121982, -56.28556, 202.29132, 48.113449399816759, 16727068.9438164461, 150.565799985466607)]
    [InlineData(6.96833, 52.74123, 92.581585386317712, -7.39675, 206.17291, 90.721692165923907, 17102477.2496958388, 154.147366239113561)]
    [InlineData(-50.56724, -16.30485, -105.439679907590164, -33.56571, -94.97412, -47.348547835650331, 6455670.5118668696, 58.083719495371259)]
    [InlineData(-58.93002, -8.90775, 140.965397902500679, -8.91104, 133.13503, 19.255429433416599, 11756066.0219864627, 105.755691241406877)]
    [InlineData(-68.82867, -74.28391, 93.774347763114881, -50.63005, -8.36685, 34.65564085411343, 3956936.926063544, 35.572254987389284)]
    [InlineData(-10.62672, -32.0898, -86.426713286747751, 5.883, -134.31681, -80.473780971034875, 11470869.3864563009, 103.387395634504061)]
    [InlineData(-21.76221, 166.90563, 29.319421206936428, 48.72884, 213.97627, 43.508671946410168, 9098627.3986554915, 81.963476716121964)]
    [InlineData(-19.79938, -174.47484, 71.167275780171533, -11.99349, -154.35109, 65.589099775199228, 2319004.8601169389, 20.896611684802389)]
    [InlineData(-11.95887, -116.94513, 92.712619830452549, 4.57352, 7.16501, 78.64960934409585, 13834722.5801401374, 124.688684161089762)]
    [InlineData(-87.85331, 85.66836, -65.120313040242748, 66.48646, 16.09921, -4.888658719272296, 17286615.3147144645, 155.58592449699137)]
    [InlineData(1.74708, 128.32011, -101.584843631173858, -11.16617, 11.87109, -86.325793296437476, 12942901.1241347408, 116.650512484301857)]
    [InlineData(-25.72959, -144.90758, -153.647468693117198, -57.70581, -269.17879, -48.343983158876487, 9413446.7452453107, 84.664533838404295)]
    [InlineData(-41.22777, 122.32875, 14.285113402275739, -7.57291, 130.37946, 10.805303085187369, 3812686.035106021, 34.34330804743883)]
    [InlineData(11.01307, 138.25278, 79.43682622782374, 6.62726, 247.05981, 103.708090215522657, 11911190.819018408, 107.341669954114577)]
    [InlineData(-29.47124, 95.14681, -163.779130441688382, -27.46601, -69.15955, -15.909335945554969, 13487015.8381145492, 121.294026715742277)]
    public void GeodTestCasesAreSolvedToTheirPublishedPrecision(
        double lat1, double lon1, double azi1, double lat2, double lon2, double azi2, double s12, double a12)
    {
        GeodesicInverse r = Wgs84.Inverse(lat1, lon1, lat2, lon2);
        Assert.Equal(azi1, r.Azimuth1Degrees, 1e-13);
        Assert.Equal(azi2, r.Azimuth2Degrees, 1e-13);
        Assert.Equal(s12, r.DistanceMeters, 1e-8);
        Assert.Equal(a12, r.ArcLengthDegrees, 1e-13);
        Assert.Equal(s12, Wgs84.DistanceMeters(lat1, lon1, lat2, lon2), 1e-8);
    }

    [Fact]
    public void GeodSolve0JfkToParisMatchesGeodSolve()
    {
        GeodesicInverse r = Wgs84.Inverse(40.6, -73.8, 49.01666667, 2.55);
        Assert.Equal(53.47022, r.Azimuth1Degrees, 0.5e-5);
        Assert.Equal(111.59367, r.Azimuth2Degrees, 0.5e-5);
        Assert.Equal(5853226, r.DistanceMeters, 0.5);
    }

    [Fact]
    public void GeodSolve2AntipodalPointsOnAProlateEllipsoidAreSolved()
    {
        var prolate = new Geodesic(new Ellipsoid("prolate", 6.4e6, -1 / 150.0));
        GeodesicInverse r = prolate.Inverse(0.07476, 0, -0.07476, 180);
        Assert.Equal(90.00078, r.Azimuth1Degrees, 0.5e-5);
        Assert.Equal(90.00078, r.Azimuth2Degrees, 0.5e-5);
        Assert.Equal(20106193, r.DistanceMeters, 0.5);
        r = prolate.Inverse(0.1, 0, -0.1, 180);
        Assert.Equal(90.00105, r.Azimuth1Degrees, 0.5e-5);
        Assert.Equal(90.00105, r.Azimuth2Degrees, 0.5e-5);
        Assert.Equal(20106193, r.DistanceMeters, 0.5);
    }

    [Fact]
    public void GeodSolve4AVeryShortLineIsMeasured()
    {
        Assert.Equal(0.072, Wgs84.Inverse(36.493349428792, 0, 36.49334942879201, 0.0000008).DistanceMeters, 0.5e-3);
    }

    [Theory] // GeodSolve6, 9, 10, 11: nearly antipodal points, where the astroid gives the start
    [InlineData(88.202499451857, 0, -88.202499451857, 179.981022032992859592, 20003898.214)]
    [InlineData(89.262080389218, 0, -89.262080389218, 179.992207982775375662, 20003925.854)]
    [InlineData(89.333123580033, 0, -89.333123580032997687, 179.99295812360148422, 20003926.881)]
    [InlineData(56.320923501171, 0, -56.320923501171, 179.664747671772880215, 19993558.287)]
    [InlineData(52.784459512564, 0, -52.784459512563990912, 179.634407464943777557, 19991596.095)]
    [InlineData(48.522876735459, 0, -48.52287673545898293, 179.599720456223079643, 19989144.774)]
    public void NearlyAntipodalPointsAreSolved(double lat1, double lon1, double lat2, double lon2, double s12)
    {
        Assert.Equal(s12, Wgs84.Inverse(lat1, lon1, lat2, lon2).DistanceMeters, 0.5e-3);
        Assert.Equal(s12, Wgs84.DistanceMeters(lat1, lon1, lat2, lon2), 0.5e-3);
    }

    [Fact]
    public void GeodSolve12AnExtremeProlateEllipsoidIsSolved()
    {
        var extreme = new Geodesic(new Ellipsoid("extreme", 89.8, -1.83));
        GeodesicInverse r = extreme.Inverse(0, 0, -10, 160);
        Assert.Equal(120.27, r.Azimuth1Degrees, 1e-2);
        Assert.Equal(105.15, r.Azimuth2Degrees, 1e-2);
        Assert.Equal(266.7, r.DistanceMeters, 1e-1);
    }

    [Theory] // GeodSolve14, 55, 94
    [InlineData(0, 0, 1, double.NaN)]
    [InlineData(double.NaN, 0, 0, 90)]
    [InlineData(double.NaN, 0, 90, 9)]
    [InlineData(0, 0, double.NaN, 90)]
    public void NaNInputGivesNaNOutput(double lat1, double lon1, double lat2, double lon2)
    {
        GeodesicInverse r = Wgs84.Inverse(lat1, lon1, lat2, lon2);
        Assert.True(double.IsNaN(r.Azimuth1Degrees));
        Assert.True(double.IsNaN(r.Azimuth2Degrees));
        Assert.True(double.IsNaN(r.DistanceMeters));
        Assert.True(double.IsNaN(Wgs84.DistanceMeters(lat1, lon1, lat2, lon2)));
    }

    [Fact]
    public void GeodSolve29LongitudesOutsideTheUsualRangeAreReduced()
    {
        Assert.Equal(222639, Wgs84.Inverse(0, 539, 0, 181).DistanceMeters, 0.5);
    }

    [Theory] // GeodSolve33: equatorial and antipodal lines on oblate, spherical and prolate ellipsoids
    [InlineData(6378137, 1 / 298.257223563, 0, 179, 90.00000, 90.00000, 19926189)]
    [InlineData(6378137, 1 / 298.257223563, 0, 179.5, 55.96650, 124.03350, 19980862)]
    [InlineData(6378137, 1 / 298.257223563, 0, 180, 0.00000, 180.00000, 20003931)]
    [InlineData(6378137, 1 / 298.257223563, 1, 180, 0.00000, 180.00000, 19893357)]
    [InlineData(6.4e6, 0, 0, 179, 90.00000, 90.00000, 19994492)]
    [InlineData(6.4e6, 0, 0, 180, 0.00000, 180.00000, 20106193)]
    [InlineData(6.4e6, 0, 1, 180, 0.00000, 180.00000, 19994492)]
    [InlineData(6.4e6, -1 / 300.0, 0, 179, 90.00000, 90.00000, 19994492)]
    [InlineData(6.4e6, -1 / 300.0, 0, 180, 90.00000, 90.00000, 20106193)]
    [InlineData(6.4e6, -1 / 300.0, 0.5, 180, 33.02493, 146.97364, 20082617)]
    [InlineData(6.4e6, -1 / 300.0, 1, 180, 0.00000, 180.00000, 20027270)]
    public void EquatorialAndAntipodalLinesMatchGeodSolve33(
        double a, double f, double lat2, double lon2, double azi1, double azi2, double s12)
    {
        var geodesic = Geodesic.For(new Ellipsoid("GeodSolve33", a, f));
        GeodesicInverse r = geodesic.Inverse(0, 0, lat2, lon2);
        Assert.Equal(azi1, r.Azimuth1Degrees, 0.5e-5);
        Assert.Equal(azi2, Math.Abs(r.Azimuth2Degrees), 0.5e-5);
        Assert.Equal(s12, r.DistanceMeters, 0.5);
    }

    [Fact]
    public void GeodSolve59PointsAlmost180DegreesApartInLongitudeAreSolved()
    {
        GeodesicInverse r = Wgs84.Inverse(5, 0.00000000000001, 10, 180);
        Assert.Equal(0.000000000000035, r.Azimuth1Degrees, 1.5e-14);
        Assert.Equal(179.99999999999996, r.Azimuth2Degrees, 1.5e-14);
        Assert.Equal(18345191.174332713, r.DistanceMeters, 5e-9);
    }

    [Fact]
    public void GeodSolve74AShortLineIsAccurateToNanometres()
    {
        GeodesicInverse r = Wgs84.Inverse(54.1589, 15.3872, 54.1591, 15.3877);
        Assert.Equal(55.723110355, r.Azimuth1Degrees, 5e-9);
        Assert.Equal(55.723515675, r.Azimuth2Degrees, 5e-9);
        Assert.Equal(39.527686385, r.DistanceMeters, 5e-9);
        Assert.Equal(0.000355495, r.ArcLengthDegrees, 5e-9);
    }

    [Fact]
    public void GeodSolve76WellingtonToSalamancaWhereVincentyFailsIsSolved()
    {
        GeodesicInverse r = Wgs84.Inverse(-(41 + 19 / 60.0), 174 + 49 / 60.0, 40 + 58 / 60.0, -(5 + 30 / 60.0));
        Assert.Equal(160.39137649664, r.Azimuth1Degrees, 0.5e-11);
        Assert.Equal(19.50042925176, r.Azimuth2Degrees, 0.5e-11);
        Assert.Equal(19960543.857179, r.DistanceMeters, 0.5e-6);
    }

    [Fact]
    public void GeodSolve78WhereTheNgsCalculatorFailsToConvergeIsSolved()
    {
        GeodesicInverse r = Wgs84.Inverse(27.2, 0.0, -27.1, 179.5);
        Assert.Equal(45.82468716758, r.Azimuth1Degrees, 0.5e-11);
        Assert.Equal(134.22776532670, r.Azimuth2Degrees, 0.5e-11);
        Assert.Equal(19974354.765767, r.DistanceMeters, 0.5e-6);
    }

    [Fact]
    public void GeodSolve80CoincidentPointsAreZeroApart()
    {
        GeodesicInverse r = Wgs84.Inverse(20.001, 0, 20.001, 0);
        Assert.Equal(0, r.ArcLengthDegrees, 1e-13);
        Assert.Equal(0, r.DistanceMeters, 1e-8);
        Assert.Equal(180, r.Azimuth1Degrees, 1e-13);
        Assert.Equal(180, r.Azimuth2Degrees, 1e-13);
        Assert.True(double.IsPositive(r.DistanceMeters) && double.IsPositive(r.ArcLengthDegrees));

        r = Wgs84.Inverse(90, 0, 90, 180); // the pole, reached from two longitudes
        Assert.Equal(0, r.ArcLengthDegrees, 1e-13);
        Assert.Equal(0, r.DistanceMeters, 1e-8);
        Assert.Equal(0, r.Azimuth1Degrees, 1e-13);
        Assert.Equal(180, r.Azimuth2Degrees, 1e-13);
    }

    [Fact]
    public void GeodSolve92NearlyCoincidentPointsNeedAnAccurateHypot()
    {
        GeodesicInverse r = Wgs84.Inverse(37.757540000000006, -122.47018, 37.75754, -122.470177);
        Assert.Equal(89.99999923, r.Azimuth1Degrees, 1e-7);
        Assert.Equal(90.00000106, r.Azimuth2Degrees, 1e-7);
        Assert.Equal(0.264, r.DistanceMeters, 0.5e-3);
    }

    [Fact]
    public void TheDocumentedExampleNearWellingtonToSalamancaMatches()
    {
        // The example in geodesic.py's module documentation. The azimuths of this nearly antipodal
        // line are conditioned to about 1e-12°: the 2.0 release itself now prints 161.06766998616015.
        GeodesicInverse r = Wgs84.Inverse(-41.32, 174.81, 40.96, -5.50);
        Assert.Equal(19959679.26735382, r.DistanceMeters, 1e-8);
        Assert.Equal(161.06766998615882, r.Azimuth1Degrees, 1e-11);
        Assert.Equal(18.825195123248392, r.Azimuth2Degrees, 1e-11);
        Assert.Equal(179.6197069334283, r.ArcLengthDegrees, 1e-12);
    }
}
