using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests.Report;

public class ReportRoundingTests
{
    [Fact]
    public void AValueJustBelowItsTargetShowsTheDigitsThatDecideTheStatus()
    {
        // The sample's ratio is 35.3999955 % (sample_figures.json, pyproj); against 35.40 % it is not
        // met, and "35.40 % ≥ 35.40 % not met" would read as a contradiction.
        using var project = new SampleProject();
        Assert.Equal(0, project.Run("settings", "set", "target.natural_shoreline_ratio", "35.4%").ExitCode);

        var table = project.Report("--lang", "en").Stdout;
        var line = table.Split('\n').First(l => l.Contains("Natural shoreline retention ratio") && l.Contains('≥'));
        Assert.Contains("35.399996 %", line);
        Assert.Contains("not met", line);

        var markdown = project.Report("--format", "md", "--lang", "en").Stdout;
        Assert.Contains("35.399996 %", markdown);
    }
}
