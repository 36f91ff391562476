using EcoSpace.Data.Meta;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Data.Tests.Support;

namespace EcoSpace.Data.Tests;

public class SettingsTests
{
    [Fact]
    public void ANewStoreHasEveryDefault()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        Assert.Empty(store.StoredSettings());
        Assert.Equal(IndicatorSettings.Defaults, store.IndicatorSettings());
    }

    [Fact]
    public void ASettingIsKeptInTheFileWithWhoAndWhen()
    {
        using var temp = new TempStore();
        using (var store = temp.Create())
        {
            Assert.Equal("0.31", store.SetSetting(SettingCatalog.TargetNaturalShorelineRatio, "31%", "auditor-li"));
        }

        using var reopened = temp.Open();
        Assert.Equal(0.31, reopened.IndicatorSettings().TargetNaturalShorelineRatio);
        var change = Assert.Single(reopened.SettingChanges());
        Assert.Equal("auditor-li", change.User);
        Assert.True(DateTimeOffset.UtcNow - change.At < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void ResetReturnsToTheDefaultAndKeepsTheHistory()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        store.SetSetting(SettingCatalog.BayCountedStatuses, "demonstration,built", "planner");
        Assert.Null(store.SetSetting(SettingCatalog.BayCountedStatuses, null, "planner"));

        Assert.Equal(["built"], store.IndicatorSettings().BayCountedStatuses.Codes);
        Assert.Equal(["demonstration,built", null], store.SettingChanges().Select(c => c.Value));
    }

    [Fact]
    public void AWrongValueIsRefusedAndNothingIsWritten()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        Assert.Throws<SettingException>(() => store.SetSetting(SettingCatalog.ShorelineNaturalClasses, "bedrock,rocky", "planner"));
        Assert.Throws<SettingException>(() => store.SetSetting("no.such.key", "1", "planner"));
        Assert.Throws<SettingException>(() => store.SetSetting("no.such.key", null, "planner"));
        Assert.Empty(store.SettingChanges());
    }

    [Fact]
    public void AStoreOfSchemaOneGainsTheSettingsAndSnapshotsTablesWhenOpened()
    {
        using var temp = new TempStore();
        using (temp.Create()) { }
        // Make the file what EcoSpace wrote before settings existed.
        RawSql.Execute(temp.Path, """
            DROP TABLE ecospace_settings;
            DROP TABLE ecospace_snapshots;
            DELETE FROM gpkg_contents WHERE table_name IN ('ecospace_settings', 'ecospace_snapshots');
            UPDATE ecospace_meta SET value = '1' WHERE key = 'schema_version';
            """);

        using (var store = temp.Open())
        {
            store.SetSetting(SettingCatalog.MeasureEllipsoid, "WGS84", "planner");
            Assert.Equal("WGS84", store.IndicatorSettings().Ellipsoid.Name);
        }
        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), RawSql.Scalar(temp.Path, "SELECT value FROM ecospace_meta WHERE key = 'schema_version'"));
        Assert.Equal("attributes", RawSql.Scalar(temp.Path, "SELECT data_type FROM gpkg_contents WHERE table_name = 'ecospace_settings'"));
        Assert.Equal("attributes", RawSql.Scalar(temp.Path, "SELECT data_type FROM gpkg_contents WHERE table_name = 'ecospace_snapshots'"));
    }

    [Fact]
    public void AKeyThisBuildDoesNotKnowCanStillBeReset()
    {
        using var temp = new TempStore();
        using (temp.Create()) { }
        RawSql.Execute(temp.Path, "INSERT INTO ecospace_settings (key, value, \"user\", at) VALUES ('target.future_thing', '1', 'newer', '2027-01-01T00:00:00Z')");

        using var store = temp.Open();
        Assert.Equal(IndicatorSettings.Defaults, store.IndicatorSettings());
        store.SetSetting("target.future_thing", null, "planner");
        Assert.Empty(store.StoredSettings());
    }
}
