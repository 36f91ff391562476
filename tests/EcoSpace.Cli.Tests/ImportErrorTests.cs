using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

public class ImportErrorTests
{
    [Fact]
    public void AFileWithErrorsImportsNothingAndNamesEveryBadFeature()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        Ecospace.Run("--db", db, "import", dir.Write("first.geojson", Samples.TwoShorelineSegments), "--kind", "shoreline");
        var before = FileHash.OfStore(db);

        var input = dir.Write("bad.geojson", Samples.OneGoodTwoBad);
        var result = Ecospace.Run("--db", db, "import", input, "--kind", "shoreline");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.geojson", result.Stderr);
        Assert.Contains("feature #1 (id \"bad-class\"", result.Stderr);
        Assert.Contains("'rocky'", result.Stderr);
        Assert.Contains("feature #2 (id \"no-geom\"", result.Stderr);
        Assert.Contains("nothing was imported", result.Stderr);
        Assert.Equal(before, FileHash.OfStore(db));
    }

    [Fact]
    public void SkipInvalidImportsTheRestAndListsTheSkipped()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var result = Ecospace.Run("--db", db, "import", dir.Write("bad.geojson", Samples.OneGoodTwoBad), "--kind", "shoreline", "--skip-invalid", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(1, report["inserted"]!.GetValue<int>());
        Assert.Equal(2, report["skipped"]!.GetValue<int>());
        var skippedIds = report["skipped_features"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Distinct().Order();
        Assert.Equal(["bad-class", "no-geom"], skippedIds);
    }

    [Fact]
    public void AnIdAlreadyStoredIsAnErrorUnlessReplaceWhichTheHistoryRecords()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var input = dir.Write("rl.geojson", Samples.RedLineSquare);
        Assert.Equal(0, Ecospace.Run("--db", db, "--user", "zhang.san", "import", input, "--kind", "red_line").ExitCode);

        var again = Ecospace.Run("--db", db, "import", input, "--kind", "red_line");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("rl-1", again.Stderr);
        Assert.Contains("--replace", again.Stderr);

        var changed = dir.Write("rl2.geojson", Samples.RedLineSquare.Replace("water_conservation", "biodiversity"));
        var replace = Ecospace.Run("--db", db, "--user", "li.si", "import", changed, "--kind", "red_line", "--replace");
        Assert.True(replace.ExitCode == 0, replace.ToString());

        var history = Ecospace.Run("--db", db, "history", "red_line", "rl-1");
        Assert.Equal(0, history.ExitCode);
        Assert.Contains("zhang.san", history.Stdout);
        Assert.Contains("li.si", history.Stdout);
        Assert.Contains("replace", history.Stdout);
        Assert.Contains("function: \"water_conservation\" → \"biodiversity\"", history.Stdout);

        var json = JsonNode.Parse(Ecospace.Run("--db", db, "history", "red_line", "rl-1", "--json").Stdout)!;
        var versions = json["versions"]!.AsArray();
        Assert.Equal(2, versions.Count);
        Assert.Null(versions[0]!["before"]);
        Assert.Equal("water_conservation", versions[1]!["before"]!["properties"]!["function"]!.GetValue<string>());
        Assert.Equal("biodiversity", versions[1]!["after"]!["properties"]!["function"]!.GetValue<string>());
    }

    [Fact]
    public void BrokenJsonIsRefusedWithItsLineAndTheStoreIsUnchanged()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        Ecospace.Run("--db", db, "import", dir.Write("ok.geojson", Samples.TwoShorelineSegments), "--kind", "shoreline");
        var before = FileHash.OfStore(db);
        var broken = Samples.TwoShorelineSegments.Replace("\"id\":\"s-2\",", "\"id\":\"s-2\",,");
        var result = Ecospace.Run("--db", db, "import", dir.Write("broken.geojson", broken), "--kind", "shoreline", "--replace");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.geojson", result.Stderr);
        Assert.Contains("line 4", result.Stderr);
        Assert.Equal(before, FileHash.OfStore(db));
    }

    [Fact]
    public void AMissingFileAnUnknownKindAndAMissingDatabaseHaveTheirOwnExitCodes()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        var missingDb = Ecospace.Run("--db", db, "layers");
        Assert.Equal(4, missingDb.ExitCode);
        Assert.Contains("ecospace init", missingDb.Stderr);

        Ecospace.Run("--db", db, "init");
        var missingFile = Ecospace.Run("--db", db, "import", dir.File("nope.geojson"), "--kind", "shoreline");
        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains("nope.geojson", missingFile.Stderr);

        var unknownKind = Ecospace.Run("--db", db, "import", dir.Write("x.geojson", Samples.RedLineSquare), "--kind", "coastline");
        Assert.Equal(1, unknownKind.ExitCode);
        Assert.Contains("shoreline", unknownKind.Stderr);

        var notAGeoPackage = dir.Write("notes.gpkg", "these are not the tables you are looking for");
        var corrupt = Ecospace.Run("--db", notAGeoPackage, "layers");
        Assert.Equal(4, corrupt.ExitCode);
        Assert.Contains("notes.gpkg", corrupt.Stderr);
    }

    [Fact]
    public void ValidateReportsWithoutStoringAnything()
    {
        using var dir = new TempDir();
        var db = dir.File("p.gpkg");
        Ecospace.Run("--db", db, "init");
        var before = FileHash.OfStore(db);
        var result = Ecospace.Run("--db", db, "validate", dir.Write("bad.geojson", Samples.OneGoodTwoBad), "--kind", "shoreline", "--json");
        Assert.Equal(2, result.ExitCode);
        var report = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(2, report["error_count"]!.GetValue<int>());
        Assert.Contains(report["errors"]!.AsArray(), e => e!["property"]?.GetValue<string>() == "class" && e["id"]!.GetValue<string>() == "bad-class");
        Assert.Equal(before, FileHash.OfStore(db));

        var good = Ecospace.Run("--db", db, "validate", dir.Write("good.geojson", Samples.TwoShorelineSegments), "--kind", "shoreline");
        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Contains("valid", good.Stdout);
        Assert.Equal(before, FileHash.OfStore(db));
    }

    [Fact]
    public void ValidateWorksWithoutAProjectDatabase()
    {
        using var dir = new TempDir();
        var result = Ecospace.Run("--db", dir.File("none.gpkg"), "validate", dir.Write("bad.geojson", Samples.OneGoodTwoBad), "--kind", "shoreline");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'rocky'", result.Stderr);
        Assert.False(File.Exists(dir.File("none.gpkg")));
    }
}
