namespace EcoSpace.Tests;

/// <summary>
/// Where the tests find the repository (the folder holding EcoSpace.sln) and the third-party data
/// (<c>../shared/data</c> beside it). $ECOSPACE_SHARED_DATA overrides the data folder for checkouts
/// that live elsewhere. Linked into every test project.
/// </summary>
public static class TestRepository
{
    public const string SharedDataVariable = "ECOSPACE_SHARED_DATA";

    public static string Root { get; } = FindRoot();

    public static string SharedData { get; } = FindSharedData();

    public static string Layers => Path.Combine(Root, "layers");

    public static string Maps => Path.Combine(Root, "maps");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EcoSpace.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"no EcoSpace.sln above {AppContext.BaseDirectory}");
    }

    private static string FindSharedData()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable(SharedDataVariable),
            Path.Combine(Root, "..", "shared", "data"),
            "/work/shared/data", // where the project's machines keep it, for checkouts made elsewhere
        };
        foreach (var candidate in candidates.OfType<string>().Where(c => c.Length > 0))
            if (Directory.Exists(Path.Combine(candidate, "expected")))
                return Path.GetFullPath(candidate);
        throw new DirectoryNotFoundException(
            $"the shared test data (with expected/) is not at ../shared/data beside {Root}; set {SharedDataVariable}");
    }
}
