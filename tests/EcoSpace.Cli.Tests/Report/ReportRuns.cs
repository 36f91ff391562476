using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests.Report;

/// <summary>The report run on a sample project.</summary>
internal static class ReportRuns
{
    /// <summary>Runs <c>ecospace --db sample.gpkg report …</c> in the project's folder.</summary>
    public static Ecospace.Outcome Report(this SampleProject project, params string[] args) => project.Run(["report", .. args]);

    /// <summary>The --json report, checked to succeed.</summary>
    public static JsonObject Json(this SampleProject project, params string[] args)
    {
        var result = project.Report(["--json", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Stdout)!.AsObject();
    }

    public static JsonObject Row(JsonObject report, string key) =>
        report["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == key)!.AsObject();
}
