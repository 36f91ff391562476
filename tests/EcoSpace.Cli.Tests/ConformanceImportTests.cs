using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

/// <summary>
/// The public GeoJSON conformance files through the real command: each is imported (as
/// <c>restoration</c>, the kind that takes lines and polygons) or refused with exit code 2, a message
/// naming the file, and the project file byte-for-byte unchanged. The reader's per-file reasons are
/// stated in EcoSpace.Formats.Tests; here the point is what reaches the user and the store.
/// </summary>
public class ConformanceImportTests
{
    // geojsonhint calls these bad for style only; a GIS user gets them imported (winding fixed, precision kept).
    private static readonly HashSet<string> BadButAccepted =
        ["bad-polygon-interiorring-rhr", "excessive_precision_truncated", "different-first-size", "polygon_winding_order"];

    private static string Folder(params string[] parts) => Path.Combine([RepoPaths.SharedData, "geojson", .. parts]);

    public static TheoryData<string> BadFiles() => Files(Folder("geojsonhint", "test", "data", "bad"), "*.geojson");

    public static TheoryData<string> GoodFiles()
    {
        var files = Files(Folder("geojsonhint", "test", "data", "good"), "*.geojson");
        foreach (var file in Directory.GetFiles(Folder("rfc7946-examples"), "*.json").Order())
            files.Add(file);
        return files;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void ABadFileIsRefusedAndTheStoreIsUnchanged(string file)
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var before = FileHash.OfStore(db);

        var result = Ecospace.Run("--db", db, "import", file, "--kind", "restoration");

        if (BadButAccepted.Contains(Path.GetFileNameWithoutExtension(file)))
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            return;
        }
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(Path.GetFileName(file), result.Stderr);
        Assert.Equal(before, FileHash.OfStore(db));
    }

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void AGoodFileImportsOrIsRefusedOnlyForPointsOrMissingGeometry(string file)
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var before = FileHash.OfStore(db);

        var result = Ecospace.Run("--db", db, "import", file, "--kind", "restoration");

        if (result.ExitCode == 0)
            return;
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches("geometry type (Point|MultiPoint) is not allowed|Point, which kind 'restoration' does not take|without geometry cannot be stored|null geometry|is outside -90..90", result.Stderr);
        Assert.Equal(before, FileHash.OfStore(db));
    }

    private static TheoryData<string> Files(string folder, string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, pattern).Order())
            data.Add(file);
        return data;
    }
}
