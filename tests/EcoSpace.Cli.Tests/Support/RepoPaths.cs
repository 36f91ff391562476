using EcoSpace.Tests;

namespace EcoSpace.Cli.Tests.Support;

/// <summary>The repository and the third-party data beside it (see <see cref="TestRepository"/>).</summary>
public static class RepoPaths
{
    public static string Root => TestRepository.Root;

    public static string SharedData => TestRepository.SharedData;

    public static string Layers => TestRepository.Layers;
}
