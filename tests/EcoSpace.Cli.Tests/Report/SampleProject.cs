using System.Text.Json.Nodes;
using EcoSpace.Cli.Tests.Support;

namespace EcoSpace.Cli.Tests.Report;

/// <summary>A fresh sample project (<c>init --sample</c>) in its own folder, and the report run on it.</summary>
internal sealed class SampleProject : IDisposable
{
    private readonly TempDir dir = new();

    public SampleProject()
    {
        Database = dir.File("p.gpkg");
        var init = Ecospace.Run("--db", Database, "init", "--sample");
        Assert.True(init.ExitCode == 0, init.ToString());
    }

    public string Database { get; }

    public string Folder => dir.Path;

    public string File(string name) => dir.File(name);

    public string Write(string name, string content) => dir.Write(name, content);

    /// <summary>Runs <c>ecospace --db p.gpkg report …</c> in the project's folder.</summary>
    public Ecospace.Outcome Report(params string[] args) =>
        Ecospace.RunIn(dir.Path, null, ["--db", Database, "report", .. args]);

    /// <summary>The --json report, checked to succeed.</summary>
    public JsonObject Json(params string[] args)
    {
        var result = Report(["--json", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Stdout)!.AsObject();
    }

    public static JsonObject Row(JsonObject report, string key) =>
        report["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == key)!.AsObject();

    public void Dispose() => dir.Dispose();
}
