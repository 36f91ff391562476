using EcoSpace.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace EcoSpace.Core.Tests.Geodesy;

/// <summary>
/// Every feature of every data file against data/expected/*.jsonl, computed by
/// tools/oracle/measure.py with pyproj (PROJ's C port of Karney's algorithms): DOMAIN.md §5 asks for
/// 1 mm per line and perimeter, and 1e-9 relative (or 0.01 m²) per polygon area.
/// </summary>
public class ExpectedMeasuresTests
{
    private const double LengthToleranceMeters = 1e-3;
    private const double AreaRelativeTolerance = 1e-9;
    private const double AreaFloorSquareMeters = 0.01;
    private static readonly string[] SourceFolders = ["coast", "rivers", "admin", "perf"];

    /// <summary>Each expected file with the ellipsoid it was computed on.</summary>
    public static TheoryData<string, string> ExpectedFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in Directory.GetFiles(Path.Combine(GeodesyTestData.DataFolder, "expected"), "*.jsonl").Order())
        {
            string name = Path.GetFileName(path);
            if (name.EndsWith(".grs80.jsonl", StringComparison.Ordinal)) data.Add(name, "GRS80");
            else if (name.EndsWith(".wgs84.jsonl", StringComparison.Ordinal)) data.Add(name, "WGS84");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void EveryExpectedFileHasItsSourceGeoJsonInTheData(string expectedFile, string ellipsoid)
    {
        Assert.NotNull(SourceOf(expectedFile));
        Assert.Contains(ellipsoid, new[] { "GRS80", "WGS84" });
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void EveryFeatureMeasuresLikeTheOracle(string expectedFile, string ellipsoidName)
    {
        Ellipsoid ellipsoid = ellipsoidName == "GRS80" ? Ellipsoid.Grs80 : Ellipsoid.Wgs84;
        IReadOnlyList<Geometry?> features = GeodesyTestData.Features(SourceOf(expectedFile)!);
        var (expected, totals) = GeodesyTestData.Expected(expectedFile);
        Assert.Equal(ellipsoidName, totals.Ellipsoid);
        Assert.Equal(expected.Count, features.Count);

        var worst = new Worst();
        double totalLength = 0, totalArea = 0;
        for (int i = 0; i < features.Count; i++)
        {
            Geometry geometry = features[i] ?? throw new InvalidDataException($"feature {i} has no geometry");
            ExpectedMeasure e = expected[i];
            GeodesicMeasures measures = GeodesicMeasure.Measure(geometry, ellipsoid);
            if (geometry is Polygon or MultiPolygon)
            {
                worst.Length(i, "perimeter", measures.PerimeterMeters, e.PerimeterMeters ?? 0);
                worst.Area(i, measures.AreaSquareMeters, e.AreaSquareMeters ?? 0);
                totalArea += measures.AreaSquareMeters;
            }
            else
            {
                worst.Length(i, "length", measures.LengthMeters, e.LengthMeters ?? 0);
                Assert.Equal(0, measures.AreaSquareMeters);
                Assert.Equal(0, measures.PerimeterMeters);
                totalLength += measures.LengthMeters;
            }
        }

        Assert.True(worst.Failures.Count == 0,
            $"{expectedFile}: {worst.Failures.Count} features out of tolerance, e.g. {string.Join("; ", worst.Failures.Take(5))}");
        Assert.True(Math.Abs(totalLength - totals.LengthMeters) <= LengthToleranceMeters,
            $"total length {totalLength} m, expected {totals.LengthMeters} m");
        Assert.True(Math.Abs(totalArea - totals.AreaSquareMeters) <= AreaTolerance(totals.AreaSquareMeters),
            $"total area {totalArea} m², expected {totals.AreaSquareMeters} m²");
    }

    private static string? SourceOf(string expectedFile)
    {
        string stem = expectedFile[..expectedFile.IndexOf('.', StringComparison.Ordinal)];
        return SourceFolders.Select(folder => Path.Combine(folder, stem + ".geojson"))
            .FirstOrDefault(p => File.Exists(Path.Combine(GeodesyTestData.DataFolder, p)));
    }

    private static double AreaTolerance(double expected) =>
        Math.Max(AreaRelativeTolerance * Math.Abs(expected), AreaFloorSquareMeters);

    private sealed class Worst
    {
        public List<string> Failures { get; } = [];

        public void Length(int feature, string what, double actual, double expected)
        {
            if (!(Math.Abs(actual - expected) <= LengthToleranceMeters))
                Failures.Add($"feature {feature} {what} {actual} m, expected {expected} m");
        }

        public void Area(int feature, double actual, double expected)
        {
            if (!(Math.Abs(actual - expected) <= AreaTolerance(expected)))
                Failures.Add($"feature {feature} area {actual} m², expected {expected} m²");
        }
    }
}
