using EcoSpace.Data.Meta;
using EcoSpace.Data.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Data.Tests;

/// <summary>Creating and opening: the GeoPackage header, and clear errors naming the file.</summary>
public sealed class OpeningTests : IDisposable
{
    private readonly TempStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void ANewStoreIsAGeoPackage13InWalMode()
    {
        temp.Create().Dispose();

        Assert.Equal(0x47504B47L, RawSql.Scalar(temp.Path, "PRAGMA application_id"));
        Assert.Equal(10300L, RawSql.Scalar(temp.Path, "PRAGMA user_version"));
        Assert.Equal("wal", RawSql.Scalar(temp.Path, "PRAGMA journal_mode"));
        Assert.Equal([-1L, 0L, 4326L, 4490L], RawSql.Rows(temp.Path, "SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id").Select(r => (long)r[0]!));
        Assert.Equal("EPSG", RawSql.Scalar(temp.Path, "SELECT organization FROM gpkg_spatial_ref_sys WHERE srs_id = 4490"));
    }

    [Fact]
    public void EachKindTableHasTheSchemaColumnsInOrder()
    {
        temp.Create().Dispose();

        var columns = RawSql.Rows(temp.Path, "PRAGMA table_info(shoreline)").Select(r => $"{r[1]} {r[2]}");

        Assert.Equal([
            "fid INTEGER", "geom LINESTRING", "id TEXT", "name TEXT", "code TEXT", "region TEXT", "remarks TEXT",
            "class TEXT", "use TEXT", "mainland BOOLEAN", "bay TEXT", "restored_on DATE", "extra_props TEXT", "version INTEGER",
        ], columns);
        Assert.Equal("INTEGER", RawSql.Rows(temp.Path, "PRAGMA table_info(bay)").Single(r => (string)r[1]! == "year")[2]);
    }

    [Fact]
    public void CreatingOverAnExistingFileNeedsOverwrite()
    {
        temp.Create().Dispose();

        var error = Assert.Throws<StoreFileException>(() => FeatureStore.Create(temp.Path));
        Assert.Contains(temp.Path, error.Message);
        Assert.Contains("already exists", error.Message);
        FeatureStore.Create(temp.Path, overwrite: true).Dispose();
    }

    [Fact]
    public void OpeningAMissingFileNamesIt()
    {
        var error = Assert.Throws<StoreFileException>(() => FeatureStore.Open(temp.File("nope.gpkg")));

        Assert.Equal(temp.File("nope.gpkg"), error.Path);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void OpeningATextFileSaysItIsNotAGeoPackage()
    {
        File.WriteAllText(temp.Path, "name,x,y\n连云港,119.2,34.6\n".PadRight(2000, ' '));

        var error = Assert.Throws<StoreFileException>(() => FeatureStore.Open(temp.Path));

        Assert.Contains(temp.Path, error.Message);
        Assert.Contains("not a readable GeoPackage", error.Message);
    }

    [Fact]
    public void OpeningACorruptStoreSaysSo()
    {
        temp.Create().Dispose();
        var bytes = File.ReadAllBytes(temp.Path);
        Random.Shared.NextBytes(bytes.AsSpan(0, 100));
        File.WriteAllBytes(temp.Path, bytes);

        var error = Assert.Throws<StoreFileException>(() => FeatureStore.Open(temp.Path));

        Assert.Contains(temp.Path, error.Message);
    }

    [Fact]
    public void OpeningAPlainSqliteDatabaseSaysItIsNotAGeoPackage()
    {
        RawSql.Execute(temp.Path, "CREATE TABLE t (x)");

        var error = Assert.Throws<StoreFileException>(() => FeatureStore.Open(temp.Path));

        Assert.Contains("not a GeoPackage (SQLite application_id is 0x00000000", error.Message);
    }

    [Fact]
    public void OpeningAnotherToolsGeoPackageSaysItIsNotAnEcoSpaceStore()
    {
        string input = temp.File("in.geojson");
        File.WriteAllText(input, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[119,34]}}]}""");
        Gdal.Ok("ogr2ogr", "-f", "GPKG", temp.Path, input);

        var error = Assert.Throws<StoreFileException>(() => FeatureStore.Open(temp.Path));

        Assert.Contains("not an EcoSpace store", error.Message);
    }

    [Fact]
    public void OpeningAStoreFromANewerEcoSpaceIsAClearError()
    {
        temp.Create().Dispose();
        RawSql.Execute(temp.Path, $"UPDATE ecospace_meta SET value = '{StoreSchema.Version + 1}' WHERE key = 'schema_version'");

        var error = Assert.Throws<StoreSchemaVersionException>(() => FeatureStore.Open(temp.Path));

        Assert.Equal((StoreSchema.Version + 1, StoreSchema.Version), (error.FileVersion, error.SupportedVersion));
        Assert.Contains(temp.Path, error.Message);
        Assert.Contains("newer than this EcoSpace supports", error.Message);
    }

    [Fact]
    public void OpeningAndClosingWithoutWritingChangesNothing()
    {
        temp.Create().Dispose();
        string before = FileHash.Sha256(temp.Path);

        using (var store = temp.Open())
        {
            _ = store.Layers();
            _ = store.DataVersion;
        }

        Assert.Equal(before, FileHash.Sha256(temp.Path));
    }
}
