namespace EcoSpace.Cli.Tests.Support;

/// <summary>The repository (the folder holding EcoSpace.sln) and the third-party data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/data: third-party data with reference values (never edited by the project).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string Layers => Path.Combine(Root, "layers");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EcoSpace.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("EcoSpace.sln not found above " + AppContext.BaseDirectory);
    }
}
