namespace EcoSpace.Cli.Tests.Support;

/// <summary>
/// One sample project (<c>ecospace init --sample</c>) shared by the read-only tests of a class
/// (xunit class fixture); tests that write make their own.
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

    public Ecospace.Outcome Run(params string[] args) => Ecospace.Run(["--db", Database, .. args]);

    public void Dispose() => dir.Dispose();
}
