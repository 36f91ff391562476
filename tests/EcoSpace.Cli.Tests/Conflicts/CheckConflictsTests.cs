using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests.Conflicts;

/// <summary><c>ecospace check conflicts</c> on the sample project: exactly the deliberate conflicts, with the oracle's figures.</summary>
public class CheckConflictsTests(SampleProject sample) : IClassFixture<SampleProject>
{
    private const double Millimetre = 1e-3;
    private const double RelativeArea = 1e-6;

    private static readonly string[] Rules =
    [
        "development_in_red_line", "development_in_protected_area", "development_in_eco_space",
        "control_lines_overlap", "shoreline_occupied", "bank_zone_violated",
    ];

    private JsonNode Json(params string[] args)
    {
        var outcome = sample.Run(["check", "conflicts", "--json", .. args]);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        return JsonNode.Parse(outcome.Stdout)!;
    }

    private static string Key(string rule, string a, string b) => $"{rule} {a} {b}";

    [Fact]
    public void TheSamplesDeliberateConflictsAreFoundWithTheOraclesFiguresAndNothingElse()
    {
        var result = Json();

        var found = result["conflicts"]!.AsArray().Select(c => c!).ToArray();
        var ids = found.Select(c => Key(c["rule"]!.GetValue<string>(), c["ids"]![0]!.GetValue<string>(), c["ids"]![1]!.GetValue<string>())).ToArray();
        Assert.Equal(SampleConflicts.All.Select(e => Key(e.Rule, e.A, e.B)), ids);
        foreach (var (expected, conflict) in SampleConflicts.All.Zip(found))
        {
            Assert.Equal(expected.Severity, conflict["severity"]!.GetValue<string>());
            if (expected.AreaSquareMeters is { } area)
            {
                Assert.Equal(area, conflict["area_m2"]!.GetValue<double>(), area * RelativeArea);
                Assert.Null(conflict["length_m"]);
            }
            if (expected.LengthMeters is { } length)
            {
                Assert.Equal(length, conflict["length_m"]!.GetValue<double>(), Millimetre);
                Assert.Null(conflict["area_m2"]);
            }
        }
        Assert.Empty(result["warnings"]!.AsArray());
    }

    [Fact]
    public void TheJsonDocumentCarriesKindsSummarySliversAndProvenance()
    {
        var result = Json();

        var first = result["conflicts"]![0]!;
        Assert.Equal(["development", "red_line"], first["kinds"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Null(first["geometry"]);

        var summary = result["summary"]!.AsArray().Select(s => s!).ToArray();
        Assert.Equal(Rules, summary.Select(s => s["rule"]!.GetValue<string>()).Distinct());
        var critical = summary.Single(s => s["rule"]!.GetValue<string>() == "development_in_protected_area" && s["severity"]!.GetValue<string>() == "critical");
        Assert.Equal(1, critical["count"]!.GetValue<int>());
        Assert.Equal("开发建设占用自然保护地", critical["label_zh"]!.GetValue<string>());
        var banks = summary.Single(s => s["rule"]!.GetValue<string>() == "bank_zone_violated");
        Assert.Equal(SampleConflicts.All.Where(c => c.Rule == "bank_zone_violated").Sum(c => c.LengthMeters!.Value), banks["length_m"]!.GetValue<double>(), Millimetre);

        Assert.Equal(Rules, result["slivers_dropped"]!.AsObject().Select(p => p.Key));
        Assert.All(result["slivers_dropped"]!.AsObject(), p => Assert.Equal(0, p.Value!.GetValue<int>()));
        Assert.True(result["data_version"]!.GetValue<long>() > 0);
        Assert.True(DateTimeOffset.UtcNow - result["computed_at"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(5));
        Assert.Equal("GRS80", result["ellipsoid"]!.GetValue<string>());
    }

    [Fact]
    public void TheTextOutputHasTheSummaryAndEveryConflict()
    {
        var outcome = sample.Run("check", "conflicts");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("7 conflict(s)", outcome.Stdout);
        Assert.Contains("开发建设占用生态保护红线", outcome.Stdout);
        foreach (var conflict in SampleConflicts.All)
            Assert.Contains(conflict.B, outcome.Stdout);
        Assert.Contains("3,842,651.4 m² (384.2651 ha)", outcome.Stdout);
        Assert.Contains("799.953 m", outcome.Stdout);
        Assert.Contains("critical 严重", outcome.Stdout);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public void MinusOWritesGeoJsonThatOgrinfoReadsWithOneFeaturePerConflict()
    {
        var file = sample.File("conflicts.geojson");

        var outcome = sample.Run("check", "conflicts", "-o", file);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var info = Gdal.Run("ogrinfo", "-so", "-ro", file, "conflicts");
        Assert.Contains($"Feature Count: {SampleConflicts.All.Count}", info);
        var collection = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Null(collection["crs"]);
        var features = collection["features"]!.AsArray().Select(f => f!).ToArray();
        Assert.Equal(SampleConflicts.All.Select(e => Key(e.Rule, e.A, e.B)),
            features.Select(f => Key(f["properties"]!["rule"]!.GetValue<string>(), f["properties"]!["a_id"]!.GetValue<string>(), f["properties"]!["b_id"]!.GetValue<string>())));
        Assert.Equal(["Polygon", "Polygon", "Polygon", "Polygon", "LineString", "LineString", "LineString"],
            features.Select(f => f["geometry"]!["type"]!.GetValue<string>()));
        Assert.Equal(799.9532185320597, features[4]["properties"]!["length_m"]!.GetValue<double>(), Millimetre);
        Assert.All(features, f => Assert.Equal(System.Text.Json.JsonValueKind.String, f["id"]!.GetValueKind()));
    }

    [Fact]
    public void MinusODashWritesTheGeoJsonAloneOnStdout()
    {
        var outcome = sample.Run("check", "conflicts", "-o", "-", "--rule", "shoreline_occupied");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var feature = JsonNode.Parse(outcome.Stdout)!["features"]!.AsArray().Single()!;
        Assert.Equal("shoreline_occupied:development-port-ganyu:shoreline-035", feature["id"]!.GetValue<string>());
        Assert.Equal(1, sample.Run("check", "conflicts", "-o", "-", "--json").ExitCode);
    }

    [Fact]
    public void FailOnConflictExitsThreeWhenSomethingIsFound()
    {
        Assert.Equal(3, sample.Run("check", "conflicts", "--fail-on-conflict").ExitCode);
        Assert.Equal(0, sample.Run("check", "conflicts", "--fail-on-conflict", "--rule", "development_in_eco_space").ExitCode);
    }

    [Fact]
    public void RuleFiltersTheConflictsAndTheSummary()
    {
        var result = Json("--rule", "bank_zone_violated", "--rule", "shoreline_occupied");
        var commas = Json("--rule", "bank_zone_violated,shoreline_occupied");

        Assert.Equal(["shoreline_occupied", "bank_zone_violated", "bank_zone_violated"],
            result["conflicts"]!.AsArray().Select(c => c!["rule"]!.GetValue<string>()));
        Assert.Equal(["shoreline_occupied", "bank_zone_violated"], result["summary"]!.AsArray().Select(s => s!["rule"]!.GetValue<string>()));
        Assert.Equal(["shoreline_occupied", "bank_zone_violated"], result["slivers_dropped"]!.AsObject().Select(p => p.Key));
        Assert.Equal(result["conflicts"]!.ToJsonString(), commas["conflicts"]!.ToJsonString());
    }

    [Fact]
    public void AnUnknownRuleIsAUsageErrorListingTheRules()
    {
        var outcome = sample.Run("check", "conflicts", "--rule", "development_in_forest");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Contains("development_in_forest", outcome.Stderr);
        foreach (var rule in Rules)
            Assert.Contains(rule, outcome.Stderr);
    }

    [Fact]
    public void ALargerSliverToleranceDropsAndCountsTheShortBankPieces()
    {
        var result = Json("--sliver-length", "200");

        Assert.DoesNotContain(result["conflicts"]!.AsArray(), c => c!["rule"]!.GetValue<string>() == "bank_zone_violated");
        Assert.Equal(2, result["slivers_dropped"]!["bank_zone_violated"]!.GetValue<int>());
        Assert.Equal(200, result["sliver_length_m"]!.GetValue<double>());
        Assert.Equal(1, sample.Run("check", "conflicts", "--sliver-area", "-1").ExitCode);
    }
}
