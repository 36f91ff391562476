namespace EcoSpace.Cli.Tests.Support;

/// <summary>
/// A sample project (<c>ecospace init --sample</c>) in its own folder. Read-only test classes share
/// one as an xunit class fixture; tests that write make their own.
/// </summary>
public sealed class SampleProject : IDisposable
{
    private readonly TempDir dir = new();

    public SampleProject()
    {
        Database = dir.File("sample.gpkg");
        var init = Ecospace.Run("--db", Database, "init", "--sample");
        if (init.ExitCode != 0)
            throw new InvalidOperationException($"init --sample failed: {init}");
    }

    public string Database { get; }

    public string Folder => dir.Path;

    public string File(string name) => dir.File(name);

    public string Write(string name, string content) => dir.Write(name, content);

    /// <summary>Runs <c>ecospace --db sample.gpkg …</c> in the project's folder.</summary>
    public Ecospace.Outcome Run(params string[] args) => Ecospace.RunIn(dir.Path, null, ["--db", Database, .. args]);

    public void Dispose() => dir.Dispose();
}
