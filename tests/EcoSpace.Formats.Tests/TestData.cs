using System.Text;
using EcoSpace.Core.Features;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

/// <summary>The shared third-party data (../shared/data next to the repository) and reading helpers.</summary>
internal static class TestData
{
    public static string Root => EcoSpace.Tests.TestRepository.SharedData;

    /// <summary>A fixture of this test project (tests/EcoSpace.Formats.Tests/Data).</summary>
    public static string Fixture(string name) =>
        System.IO.Path.Combine(EcoSpace.Tests.TestRepository.Root, "tests", "EcoSpace.Formats.Tests", "Data", name);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static List<FeatureCandidate> ReadFile(string path, string kind = "restoration", GeoJsonReadOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return GeoJsonReader.Read(stream, kind, options).ToList();
    }

    public static List<FeatureCandidate> ReadText(string json, string kind = "restoration", GeoJsonReadOptions? options = null) =>
        ReadBytes(Encoding.UTF8.GetBytes(json), kind, options);

    public static List<FeatureCandidate> ReadBytes(byte[] bytes, string kind = "restoration", GeoJsonReadOptions? options = null) =>
        GeoJsonReader.Read(new MemoryStream(bytes), kind, options).ToList();

    /// <summary>A read window so small that every token crosses a refill.</summary>
    public static GeoJsonReadOptions TinyBuffer { get; } = new() { BufferSizeBytes = 16 };
}
