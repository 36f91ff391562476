using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Core.Tests.Indicators;

public class SettingCatalogTests
{
    [Fact]
    public void DefaultsAreThoseOfDomainAndTheSeeds()
    {
        var defaults = IndicatorSettings.Defaults;
        Assert.Equal(["bedrock", "sandy", "muddy", "biological", "restored"], defaults.ShorelineNaturalClasses.Codes);
        Assert.True(defaults.ShorelineDenominatorClasses.IsAll);
        Assert.Equal(["protection", "reserve"], defaults.BankProtectedZones.Codes);
        Assert.Equal(["built"], defaults.BayCountedStatuses.Codes);
        Assert.Equal("GRS80", defaults.Ellipsoid.Name);
        Assert.Equal(0.35, defaults.TargetNaturalShorelineRatio);
        Assert.Equal(0.7463, defaults.TargetBankProtectionRatio);
        Assert.Equal(0.447, defaults.TargetBeautifulBayShare);
        Assert.Equal(189320, defaults.TargetRedLineAreaHectares);
        Assert.Equal(71355.97, defaults.TargetProtectedAreaHectares);
        Assert.Null(defaults.TargetRestoredShorelineKilometers);
    }

    [Theory]
    [InlineData(SettingCatalog.ShorelineNaturalClasses, " restored , bedrock,bedrock", "bedrock,restored")]
    [InlineData(SettingCatalog.TargetNaturalShorelineRatio, "31%", "0.31")]
    [InlineData(SettingCatalog.TargetNaturalShorelineRatio, "0.31", "0.31")]
    [InlineData(SettingCatalog.TargetBankProtectionRatio, "None", "none")]
    [InlineData(SettingCatalog.MeasureEllipsoid, "cgcs2000", "GRS80")]
    [InlineData(SettingCatalog.BankDenominatorZones, "*", "*")]
    public void ValuesAreReadInTheFormsUsersTypeAndKeptCanonical(string key, string typed, string stored) =>
        Assert.Equal(stored, SettingCatalog.Check(key, typed));

    [Theory]
    [InlineData(SettingCatalog.ShorelineNaturalClasses, "bedrock,rocky", "unknown class 'rocky'; allowed: bedrock, sandy")]
    [InlineData(SettingCatalog.TargetNaturalShorelineRatio, "135%", "above 100 %")]
    [InlineData(SettingCatalog.TargetRedLineAreaHectares, "lots", "not a number of ha")]
    [InlineData(SettingCatalog.MeasureEllipsoid, "Krassowsky", "not GRS80 (CGCS2000) or WGS84")]
    [InlineData("shoreline.natural", "bedrock", "unknown setting; settings are: shoreline.natural_classes")]
    public void AWrongValueSaysWhatIsAllowed(string key, string typed, string message)
    {
        var error = Assert.Throws<SettingException>(() => SettingCatalog.Check(key, typed));
        Assert.Contains(message, error.Message);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void EveryDefaultPassesItsOwnCheck()
    {
        foreach (var setting in SettingCatalog.All)
            SettingCatalog.Check(setting.Key, setting.DefaultText);
    }

    [Fact]
    public void StoredValuesOverlayTheDefaults()
    {
        var settings = IndicatorSettings.From(new Dictionary<string, string>
        {
            [SettingCatalog.BayCountedStatuses] = "demonstration,built",
            [SettingCatalog.TargetBankProtectionRatio] = "none",
        });
        Assert.Equal(["demonstration", "built"], settings.BayCountedStatuses.Codes);
        Assert.Null(settings.TargetBankProtectionRatio);
        Assert.Equal(0.35, settings.TargetNaturalShorelineRatio);
    }

    [Fact]
    public void AKeyANewerEcoSpaceWroteIsLeftAsideNotAnError()
    {
        var settings = IndicatorSettings.From(new Dictionary<string, string> { ["target.future_thing"] = "1" });
        Assert.Equal(IndicatorSettings.Defaults, settings);
    }
}
