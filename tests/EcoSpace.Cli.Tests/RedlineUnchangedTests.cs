using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests;

/// <summary><c>check redline</c> on the untouched sample: every check met, and the ways a baseline can be missing.</summary>
public class RedlineUnchangedTests(RedlineUnchangedTests.Fixture sample) : IClassFixture<RedlineUnchangedTests.Fixture>
{
    /// <summary>The sample with a snapshot "as-approved" and an export of its red lines.</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly SampleProject project = new();

        public Fixture()
        {
            BaselineFile = project.File("red_line.geojson");
            foreach (var outcome in new[] { project.Run("snapshot", "create", "as-approved"), project.Run("export", "red_line", "-o", BaselineFile) })
            {
                if (outcome.ExitCode != 0)
                    throw new InvalidOperationException(outcome.ToString());
            }
        }

        public string BaselineFile { get; }

        public Ecospace.Outcome Run(params string[] args) => project.Run(args);

        public void Dispose() => project.Dispose();
    }

    [Fact]
    public void NothingChangedSinceTheSnapshotMeetsEveryCheck()
    {
        var outcome = sample.Run("check", "redline", "--baseline", "as-approved", "--json", "--fail-on-conflict");
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var result = JsonNode.Parse(outcome.Stdout)!;

        Assert.True(result["passed"]!.GetValue<bool>());
        Assert.Empty(result["violations"]!.AsArray());
        Assert.Equal(result["baseline"]!["data_version"]!.GetValue<long>(), result["data_version"]!.GetValue<long>());
        var redLine = result["layers"]![0]!;
        Assert.Equal(SampleFigures.RedLineTotalSquareMeters, redLine["baseline"]!["area_m2"]!.GetValue<double>(), 0.01);
        Assert.Equal(0, redLine["change_m2"]!.GetValue<double>());
        Assert.All(redLine["features"]!.AsArray(), f => Assert.Equal(
            SampleFigures.RedLineSquareMeters[f!["id"]!.GetValue<string>()], f["now_area_m2"]!.GetValue<double>(), 0.01));
        Assert.Equal(SampleFigures.ProtectedAreaTotalSquareMeters, result["layers"]![1]!["baseline"]!["area_m2"]!.GetValue<double>(), 0.01);
    }

    [Fact]
    public void TheTextSaysEveryCheckIsMet()
    {
        var outcome = sample.Run("check", "redline", "--baseline", "as-approved");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("result: every check met", outcome.Stdout);
        Assert.DoesNotContain("violated", outcome.Stdout);
    }

    [Fact]
    public void TheUnchangedExportIsABaselineThatIsMet()
    {
        var outcome = sample.Run("check", "redline", "--baseline", sample.BaselineFile, "--fail-on-conflict", "--json");
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.True(JsonNode.Parse(outcome.Stdout)!["passed"]!.GetValue<bool>());
    }

    [Fact]
    public void AnUnknownTagIsNotFoundAndTheKnownTagsAreNamed()
    {
        var outcome = sample.Run("check", "redline", "--baseline", "2019-approved");
        Assert.Equal(5, outcome.ExitCode);
        Assert.Contains("'2019-approved'", outcome.Stderr);
        Assert.Contains("as-approved", outcome.Stderr);
        Assert.Empty(outcome.Stdout);
    }

    [Fact]
    public void AMissingBaselineFileIsAnInputError()
    {
        var outcome = sample.Run("check", "redline", "--baseline", "no-such-file.geojson");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no such file", outcome.Stderr);
    }

    [Fact]
    public void OnlyRedLinesAndProtectedAreasAreAudited()
    {
        var outcome = sample.Run("check", "redline", "--baseline", "as-approved", "--kind", "shoreline");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("red_line and protected_area", outcome.Stderr);
    }
}
