using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

public class SettingsCommandTests
{
    private static string Sample(TempDir dir)
    {
        var db = dir.File("p.gpkg");
        var init = Ecospace.Run("--db", db, "init", "--sample");
        Assert.True(init.ExitCode == 0, init.ToString());
        return db;
    }

    [Fact]
    public void CountingDemonstrationBaysChangesTheBayShareAndTheResultSaysWhichStatusesCounted()
    {
        using var dir = new TempDir();
        var db = Sample(dir);
        var set = Ecospace.Run("--db", db, "--user", "planner-wang", "settings", "set", "bay.counted_statuses", "built, demonstration");
        Assert.True(set.ExitCode == 0, set.ToString());

        var share = JsonNode.Parse(Ecospace.Run("--db", db, "measure", "shoreline", "--json").Stdout)!["bay_share"]!;
        // shapely cut of the mainland coast at bay-haizhouwan-lianyun (demonstration) + pyproj: 56 310.598 m of 186 287.975 m.
        Assert.Equal(56310.598021930215 / 186287.97513367276, share["share"]!.GetValue<double>(), 1e-8);
        Assert.Equal(["demonstration", "built"], share["counted_statuses"]!.AsArray().Select(s => s!.GetValue<string>()));

        var history = JsonNode.Parse(Ecospace.Run("--db", db, "settings", "history", "--json").Stdout)!.AsArray();
        Assert.Equal("planner-wang", history.Single()!["user"]!.GetValue<string>());
    }

    [Fact]
    public void CountingEstuaryAsNaturalRaisesTheRatioByItsLength()
    {
        using var dir = new TempDir();
        var db = Sample(dir);
        Assert.Equal(0, Ecospace.Run("--db", db, "settings", "set", "shoreline.natural_classes", "bedrock,sandy,muddy,biological,restored,estuary").ExitCode);

        var result = JsonNode.Parse(Ecospace.Run("--db", db, "measure", "shoreline", "--json").Stdout)!;
        // sample_figures.json: natural 65 945.935 m + estuary 9 361.799 m.
        Assert.Equal(65945.93490096493 + 9361.798626352864, result["numerator_m"]!.GetValue<double>(), 1e-3);
        Assert.Contains("estuary", result["classes"]!["numerator"]!.AsArray().Select(c => c!.GetValue<string>()));

        Assert.Equal(0, Ecospace.Run("--db", db, "settings", "reset", "shoreline.natural_classes").ExitCode);
        var back = JsonNode.Parse(Ecospace.Run("--db", db, "measure", "shoreline", "--json").Stdout)!;
        Assert.Equal(65945.93490096493, back["numerator_m"]!.GetValue<double>(), 1e-3);
    }

    [Fact]
    public void AnUnknownClassIsRefusedWithTheAllowedOnesAndChangesNothing()
    {
        using var dir = new TempDir();
        var db = Sample(dir);
        var before = FileHash.OfStore(db);
        var outcome = Ecospace.Run("--db", db, "settings", "set", "shoreline.natural_classes", "bedrock,rocky");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'rocky'", outcome.Stderr);
        Assert.Contains("allowed: bedrock, sandy, muddy, biological, estuary, restored, artificial", outcome.Stderr);
        Assert.Equal(before, FileHash.OfStore(db));
    }

    [Fact]
    public void TheListShowsEveryTargetWithItsSource()
    {
        using var dir = new TempDir();
        var db = Sample(dir);
        var list = JsonNode.Parse(Ecospace.Run("--db", db, "settings", "list", "--json").Stdout)!.AsArray();
        var bank = list.Single(s => s!["key"]!.GetValue<string>() == "target.bank_protection_ratio")!;
        Assert.Equal("0.7463", bank["value"]!.GetValue<string>());
        Assert.True(bank["is_default"]!.GetValue<bool>());
        Assert.Contains("74.63", bank["source"]!.GetValue<string>());

        var text = Ecospace.Run("--db", db, "settings");
        Assert.Contains("target.red_line_area_ha", text.Stdout);
        Assert.Contains("189320", text.Stdout);
    }

    [Fact]
    public void AHandEditedSettingThatCannotBeReadIsAStoreErrorNamingIt()
    {
        using var dir = new TempDir();
        var db = Sample(dir);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO ecospace_settings (key, value, \"user\", at) VALUES ('shoreline.natural_classes', 'rock', 'sqlite3', '2026-11-23T00:00:00Z')";
            command.ExecuteNonQuery();
        }

        var outcome = Ecospace.Run("--db", db, "measure", "shoreline");
        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("shoreline.natural_classes", outcome.Stderr);
        Assert.Contains("'rock'", outcome.Stderr);

        Assert.Equal(0, Ecospace.Run("--db", db, "settings", "reset", "shoreline.natural_classes").ExitCode);
        Assert.Equal(0, Ecospace.Run("--db", db, "measure", "shoreline").ExitCode);
    }
}
