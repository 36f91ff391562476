using System.Text;
using EcoSpace.Core.Features;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

/// <summary>
/// The reader holds one feature at a time: a tiny read window must give exactly what a large one
/// gives (every token then crosses a refill), and features come out before the file is read to its end.
/// </summary>
public class StreamingTests
{
    public static TheoryData<string> DataFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestData.Path("geojson"), "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".geojson") || f.EndsWith(".json")).Order())
            data.Add(Path.GetRelativePath(TestData.Root, file));
        data.Add(Path.Combine("coast", "lianyungang-coast-gshhg-full.geojson"));
        data.Add(Path.Combine("rivers", "lianyungang-rivers-gshhg-wdbii.geojson"));
        return data;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void TinyReadWindowReadsTheSameAsALargeOne(string file)
    {
        string path = Path.Combine(TestData.Root, file);

        Assert.Equal(Summary(path, new GeoJsonReadOptions()), Summary(path, TestData.TinyBuffer));
    }

    private static string Summary(string path, GeoJsonReadOptions options)
    {
        try
        {
            return string.Join("\n", TestData.ReadFile(path, "restoration", options).Select(Describe));
        }
        catch (GeoJsonException e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static string Describe(FeatureCandidate c) =>
        $"{c.Index} {c.Line} {c.Id} {c.Feature?.Geometry.AsText()} {c.Feature?.Properties.ToJsonString()} " +
        string.Join("; ", c.Issues.Select(i => i.ToString()));

    [Fact]
    public void FirstFeatureComesOutBeforeTheRestIsRead()
    {
        string feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}}";
        var stream = new CountingStream(Encoding.UTF8.GetBytes(
            "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", Enumerable.Repeat(feature, 20_000)) + "]}"));

        var first = GeoJsonReader.Read(stream, "restoration", new GeoJsonReadOptions { BufferSizeBytes = 4096 }).First();

        Assert.NotNull(first.Feature);
        Assert.True(stream.BytesRead <= 8192, $"read {stream.BytesRead} of {stream.Length} bytes");
    }

    [Fact]
    public void ReadingStartsOnlyWhenEnumerated()
    {
        var stream = new CountingStream("{}"u8.ToArray());

        _ = GeoJsonReader.Read(stream, "restoration");

        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void UnknownKindIsRefusedAtOnce() =>
        Assert.Throws<Core.Schema.UnknownKindException>(() => GeoJsonReader.Read(new MemoryStream(), "coastline"));

    [Fact]
    public void FeatureLargerThanTheWindowIsReadWhole()
    {
        var coordinates = string.Join(",", Enumerable.Range(0, 10_000).Select(i => FormattableString.Invariant($"[{119 + i * 1e-4:R},{34 + i * 1e-4:R}]")));
        string json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"big\",\"properties\":{}," +
            $"\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[{coordinates}]}}}}]}}";

        var candidate = Assert.Single(TestData.ReadText(json, options: new GeoJsonReadOptions { BufferSizeBytes = 1024 }));

        Assert.Equal(10_000, candidate.Feature!.Geometry.NumPoints);
    }

    [Fact]
    public void LinesAreCountedAcrossRefills()
    {
        var lines = Enumerable.Range(0, 300).Select(i =>
            $"{{\"type\":\"Feature\",\"id\":\"{i}\",\"properties\":{{}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[[119,34],[120,35]]}}}}");

        var candidates = TestData.ReadText(string.Join("\n", lines), options: new GeoJsonReadOptions { BufferSizeBytes = 64 });

        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), candidates.Select(c => c.Line));
    }

    [Fact]
    public void EastChinaCoastReadsAllItsVertices()
    {
        var candidates = TestData.ReadFile(TestData.Path("perf", "east-china-coast-gshhg-full.geojson"), "shoreline");

        Assert.Equal(9_760, candidates.Count);
        Assert.Equal(521_360, candidates.Sum(c => c.Feature!.Geometry.NumPoints));
        Assert.All(candidates, c => Assert.Empty(c.Issues));
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            int read = base.Read(buffer);
            BytesRead += read;
            return read;
        }
    }
}
