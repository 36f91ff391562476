using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests.Report;

/// <summary><c>ecospace report</c>'s options: --as-of, usage errors, targets from the settings, read-only.</summary>
public class ReportCommandTests
{
    [Fact]
    public void AsOfBeforeTheShorelineRestorationLeavesItOutButCountsTheWetland()
    {
        // The sample's restoration-linhong-shoreline was completed 2021-11-30, restoration-linhong-wetland 2021-10-31.
        using var project = new SampleProject();
        var report = project.Json("--as-of", "2021-11-01");

        Assert.Equal("2021-11-01", report["as_of"]!.GetValue<string>());
        var shoreline = ReportRuns.Row(report, "restored_shoreline");
        Assert.Equal(0, shoreline["value_m"]!.GetValue<double>());
        Assert.Empty(shoreline["breakdowns"]![0]!["items"]!.AsArray());
        Assert.Contains(shoreline["notes"]!.AsArray(), n => n!["en"]!.GetValue<string>().Contains("restoration-linhong-shoreline"));
        var wetland = ReportRuns.Row(report, "restored_wetland");
        Assert.Equal(SampleFigures.WetlandRestorationSquareMeters, wetland["value_m2"]!.GetValue<double>(),
            SampleFigures.WetlandRestorationSquareMeters * 1e-6);

        // On the day it was completed it counts.
        var onTheDay = project.Json("--as-of", "2021-11-30");
        Assert.Equal(SampleFigures.ShorelineRestorationMeters, ReportRuns.Row(onTheDay, "restored_shoreline")["value_m"]!.GetValue<double>(), 0.001);
    }

    [Theory]
    [InlineData("--as-of", "2021-13-01")]
    [InlineData("--as-of", "01/11/2021")]
    [InlineData("--as-of", "2021-11-1")]
    public void ABadAsOfDateIsAUsageError(string option, string value)
    {
        using var project = new SampleProject();
        var result = project.Report(option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--as-of '{value}' is not a date YYYY-MM-DD", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("--format xlsx", "--format 'xlsx' is not one of table, json, csv, md, html")]
    [InlineData("--json --format csv", "--json asks for JSON but --format asks for csv")]
    [InlineData("-o report.xlsx", "cannot tell the report format from 'report.xlsx'")]
    [InlineData("--lang fr", "--lang 'fr' is not zh or en")]
    [InlineData("-o missing-folder/report.md", "does not exist")]
    public void ABadFormatLanguageOrOutputIsAUsageError(string arguments, string message)
    {
        using var project = new SampleProject();
        var result = project.Report(arguments.Split(' '));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Single(Directory.GetFiles(project.Folder)); // only the project database: nothing written
    }

    [Fact]
    public void TheFormatOptionWinsOverTheExtension()
    {
        using var project = new SampleProject();
        Assert.Equal(0, project.Report("-o", "report.txt", "--format", "json").ExitCode);

        Assert.StartsWith("{", File.ReadAllText(project.File("report.txt")));
    }

    [Fact]
    public void ATargetChangedInTheProjectSettingsChangesTheStatus()
    {
        using var project = new SampleProject();
        Assert.Equal(0, project.Run("settings", "set", "target.red_line_area_ha", "187000").ExitCode);
        Assert.Equal(0, project.Run("settings", "set", "target.restored_wetland_ha", "100").ExitCode);
        Assert.Equal(0, project.Run("settings", "set", "target.natural_shoreline_ratio", "36%").ExitCode);

        var report = project.Json();
        var redLine = ReportRuns.Row(report, "red_line_area");
        Assert.Equal("met", redLine["status"]!.GetValue<string>());
        Assert.Equal(187000, redLine["target"]!["value"]!.GetValue<double>());
        Assert.Equal("met", ReportRuns.Row(report, "restored_wetland")["status"]!.GetValue<string>());
        Assert.Equal("not_met", ReportRuns.Row(report, "natural_shoreline_ratio")["status"]!.GetValue<string>());
        Assert.Equal(0.36, ReportRuns.Row(report, "natural_shoreline_ratio")["target"]!["ratio"]!.GetValue<double>());
        Assert.Equal("no_target", ReportRuns.Row(report, "restored_shoreline")["status"]!.GetValue<string>());
    }

    [Fact]
    public void TheReportLeavesTheStoreAsItWas()
    {
        using var project = new SampleProject();
        var before = FileHash.OfStore(project.Database);

        Assert.Equal(0, project.Report().ExitCode);
        Assert.Equal(0, project.Report("-o", "r.html").ExitCode);

        Assert.Equal(before, FileHash.OfStore(project.Database));
    }

    [Fact]
    public void AMissingProjectIsAStoreError()
    {
        using var dir = new TempDir();
        var result = Ecospace.Run("--db", dir.File("none.gpkg"), "report");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr);
    }
}
