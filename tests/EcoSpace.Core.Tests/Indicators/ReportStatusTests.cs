using EcoSpace.Core.Indicators.Report;
using EcoSpace.Core.Indicators.Settings;
using static EcoSpace.Core.Tests.Indicators.ReportFixtures;

namespace EcoSpace.Core.Tests.Indicators;

public class ReportStatusTests
{
    [Theory]
    [InlineData(ReportKeys.RestoredShoreline, SettingCatalog.TargetRestoredShorelineKilometers)]
    [InlineData(ReportKeys.RestoredWetland, SettingCatalog.TargetRestoredWetlandHectares)]
    [InlineData(ReportKeys.RedLineArea, SettingCatalog.TargetRedLineAreaHectares)]
    [InlineData(ReportKeys.ProtectedArea, SettingCatalog.TargetProtectedAreaHectares)]
    [InlineData(ReportKeys.NaturalShorelineRatio, SettingCatalog.TargetNaturalShorelineRatio)]
    [InlineData(ReportKeys.BankProtectionRatio, SettingCatalog.TargetBankProtectionRatio)]
    [InlineData(ReportKeys.BeautifulBayShare, SettingCatalog.TargetBeautifulBayShare)]
    public void ATargetEqualToTheExactValueIsMetAndTheNextNumberUpIsNot(string key, string setting)
    {
        var inputs = Project();
        var row = IndicatorReportBuilder.Build(inputs, IndicatorSettings.Defaults).Row(key);
        // The target is written in the setting's unit (km, ha, ratio 0..1): the unrounded value in that unit.
        double exact = row.Quantity.ToTargetUnit(row.ValueSi!.Value);
        Assert.True(exact > 0, $"{key} should have a value in the hand-made project");

        var atTarget = IndicatorReportBuilder.Build(inputs, With(setting, Exact(exact))).Row(key);
        Assert.Equal(TargetStatus.Met, atTarget.Status);
        Assert.Equal(exact, atTarget.Target!.ValueInSettingUnit);

        var justAbove = IndicatorReportBuilder.Build(inputs, With(setting, Exact(Math.BitIncrement(exact)))).Row(key);
        Assert.Equal(TargetStatus.NotMet, justAbove.Status);
    }

    [Fact]
    public void DisplayRoundingNeverDecidesAStatus()
    {
        // A value that rounds to the target for display (2 decimals of ha) but lies below it is not met.
        var inputs = Project();
        double hectares = IndicatorReportBuilder.Build(inputs, IndicatorSettings.Defaults).Row(ReportKeys.RedLineArea).DisplayValue!.Value;
        double roundedUp = Math.Ceiling(hectares * 100) / 100;
        Assert.True(roundedUp > hectares);

        var row = IndicatorReportBuilder.Build(inputs, With(SettingCatalog.TargetRedLineAreaHectares, Exact(roundedUp))).Row(ReportKeys.RedLineArea);
        Assert.Equal(TargetStatus.NotMet, row.Status);
    }

    [Fact]
    public void RowsWhoseTargetIsNoneHaveNoTarget()
    {
        var report = IndicatorReportBuilder.Build(Project(), With(SettingCatalog.TargetRedLineAreaHectares, "none"));

        Assert.Null(report.Row(ReportKeys.RedLineArea).Target);
        Assert.Equal(TargetStatus.NoTarget, report.Row(ReportKeys.RedLineArea).Status);
        // Row 13 has no number in the plan ("完成上级管控目标"): no target by default.
        Assert.Equal(TargetStatus.NoTarget, report.Row(ReportKeys.RestoredShoreline).Status);
        Assert.Equal(TargetStatus.NoTarget, report.Row(ReportKeys.RestoredWetland).Status);
    }

    [Fact]
    public void DefaultTargetsComeFromTheSettingsWithTheirSource()
    {
        var report = IndicatorReportBuilder.Build(Project(), IndicatorSettings.Defaults);

        var redLine = report.Row(ReportKeys.RedLineArea).Target!;
        Assert.Equal(189320, redLine.ValueInSettingUnit);
        Assert.Equal(SettingCatalog.TargetRedLineAreaHectares, redLine.SettingKey);
        Assert.Equal(SettingCatalog.Get(SettingCatalog.TargetRedLineAreaHectares).Source, redLine.Source);
        Assert.Equal(TargetComparison.AtLeast, redLine.Comparison);
        Assert.Equal(71355.97, report.Row(ReportKeys.ProtectedArea).Target!.ValueInSettingUnit);
        Assert.Equal(0.35, report.Row(ReportKeys.NaturalShorelineRatio).Target!.ValueInSettingUnit);
        Assert.Equal(0.7463, report.Row(ReportKeys.BankProtectionRatio).Target!.ValueInSettingUnit);
        Assert.Equal(0.447, report.Row(ReportKeys.BeautifulBayShare).Target!.ValueInSettingUnit);
    }

    [Fact]
    public void ARatioWithNothingToDivideByIsNotApplicableAndSaysWhy()
    {
        // An inland city (Changzhou, DOMAIN.md §1): rows 18 and the bay share are "not applicable".
        var report = IndicatorReportBuilder.Build(Inputs(), IndicatorSettings.Defaults);

        var natural = report.Row(ReportKeys.NaturalShorelineRatio);
        Assert.Null(natural.ValueSi);
        Assert.Equal(TargetStatus.NotApplicable, natural.Status);
        Assert.Equal(TargetStatus.NotApplicable, report.Row(ReportKeys.BeautifulBayShare).Status);
        Assert.Contains(natural.Notes, n => n.En.Contains("nothing to divide by"));
        Assert.Null(report.Row(ReportKeys.BankProtectionRatio).ValueSi);

        // Areas of an empty layer are 0, which is below a positive target.
        Assert.Equal(0, report.Row(ReportKeys.RedLineArea).ValueSi);
        Assert.Equal(TargetStatus.NotMet, report.Row(ReportKeys.RedLineArea).Status);
    }

    [Fact]
    public void TheRowsAreThoseOfThePlansTableInOrder()
    {
        var report = IndicatorReportBuilder.Build(Project(), IndicatorSettings.Defaults);

        Assert.Equal(["13", "13", "17", "17", "18", "19", "41"], report.Rows.Select(r => r.Row));
        Assert.Equal([ReportKeys.RestoredShoreline, ReportKeys.RestoredWetland, ReportKeys.RedLineArea, ReportKeys.ProtectedArea,
            ReportKeys.NaturalShorelineRatio, ReportKeys.BankProtectionRatio, ReportKeys.BeautifulBayShare], report.Rows.Select(r => r.Key));
        Assert.All(report.Rows, r => Assert.False(string.IsNullOrEmpty(r.LabelZh) || string.IsNullOrEmpty(r.LabelEn)));
    }

    [Fact]
    public void TheReportRecordsItsDataVersionComputedAtEllipsoidAndAsOfDate()
    {
        var report = IndicatorReportBuilder.Build(Project(), With(SettingCatalog.MeasureEllipsoid, "WGS84"), new DateOnly(2021, 11, 1));

        Assert.Equal(Provenance, report.Provenance);
        Assert.Equal("WGS84", report.Ellipsoid);
        Assert.Equal(new DateOnly(2021, 11, 1), report.AsOf);
    }
}
