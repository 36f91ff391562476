using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

public class ReadSnapshotTests
{
    [Fact]
    public void ReadsInASnapshotSeeOneDataVersionWhileAnotherWriterImports()
    {
        using var temp = new TempStore();
        using (var writer = temp.Create())
            writer.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("s-1"), TestFeatures.Shoreline("s-2", 0.1), TestFeatures.Shoreline("s-3", 0.2)));

        using var reader = temp.Open();
        using var other = temp.Open();
        long before;
        using (reader.ReadSnapshot())
        {
            before = reader.DataVersion;
            var result = other.Import("shoreline", TestFeatures.Candidates(TestFeatures.Shoreline("s-4", 0.3), TestFeatures.Shoreline("s-5", 0.4)));
            Assert.True(result.Committed);

            Assert.Equal(before, reader.DataVersion);
            Assert.Equal(3, reader.ReadAll("shoreline").Count());
        }

        Assert.Equal(before + 1, reader.DataVersion);
        Assert.Equal(5, reader.ReadAll("shoreline").Count());
    }
}
