using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

/// <summary>Output files never land on the project database; a bad command line keeps stdout clean.</summary>
public class OutputSafetyTests(SampleProject sample) : IClassFixture<SampleProject>
{
    [Theory]
    [InlineData("report", "--format", "json", "-o", "{db}")]
    [InlineData("report", "--format", "csv", "-o", "{db}-wal")]
    [InlineData("export", "shoreline", "-o", "{db}")]
    public void WritingAnOutputOverTheProjectDatabaseIsRefused(params string[] args)
    {
        var before = FileHash.OfStore(sample.Database);
        var outcome = sample.Run(args.Select(a => a.Replace("{db}", sample.Database)).ToArray());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("is the project database", outcome.Stderr);
        Assert.Equal(before, FileHash.OfStore(sample.Database));
        Assert.Equal(0, sample.Run("layers").ExitCode);
    }

    [Fact]
    public void ABadOptionWithJsonPrintsNothingOnStdout()
    {
        var outcome = sample.Run("measure", "banks", "--by", "class", "--json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Contains("'class'", outcome.Stderr);
        Assert.Contains("ecospace measure banks --help", outcome.Stderr);
    }
}
