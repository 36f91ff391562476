using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>Row 19, the river/lake bank protection ratio, from <see cref="BankRatio.Compute"/> grouped by zone.</summary>
internal static class BankRow
{
    public static ReportRow Build(ReportInputs inputs, IndicatorSettings settings, List<ReportNote> warnings)
    {
        var result = BankRatio.Compute(new RatioInputs(inputs.RiverBanks, inputs.AdminRegions, inputs.Bays, inputs.Provenance),
            settings, RatioGrouping.Zone);
        warnings.AddRange(result.Warnings.Select(w => new ReportNote($"河湖岸线保护率：{w}", $"bank protection ratio: {w}")));

        var target = ReportTargets.From(SettingCatalog.TargetBankProtectionRatio, settings.TargetBankProtectionRatio);
        var zoneDefinition = CodeLabels.Property(KindCatalog.RiverBank, BankRatio.ZoneProperty);
        var byZone = new ReportBreakdown("zone", $"{zoneDefinition.Zh}（长度）", $"{zoneDefinition.En} (length)",
            result.Groups.Select(g =>
            {
                var (zh, en) = CodeLabels.Of(KindCatalog.RiverBank, BankRatio.ZoneProperty, g.Key);
                return new BreakdownItem(g.Key, zh, en, ReportQuantity.Length, g.DenominatorMeters);
            }).ToArray());

        var numerator = CodeLabels.Set(KindCatalog.RiverBank, BankRatio.ZoneProperty, settings.BankProtectedZones,
            new ReportNote("全部功能区", "every zone"));
        var denominator = CodeLabels.Set(KindCatalog.RiverBank, BankRatio.ZoneProperty, settings.BankDenominatorZones,
            new ReportNote("全部岸线", "every bank segment (*)"));
        var notes = new List<ReportNote>
        {
            new($"分子：{numerator.Zh}；分母：{denominator.Zh}；左右岸分别计", $"numerator: {numerator.En}; denominator: {denominator.En}; left and right banks each count"),
            new($"{result.Statistics.Segments} 段岸线", $"{result.Statistics.Segments} bank segment(s)"),
        };
        if (result.Ratio is null)
            notes.Add(new ReportNote("没有河湖岸线：无法计算", "no bank segments: nothing to divide by"));

        return new ReportRow("19", ReportKeys.BankProtectionRatio, "河湖岸线保护率", "River/lake bank protection ratio",
            ReportQuantity.Ratio, result.Ratio, target, TargetCheck.Status(ReportQuantity.Ratio, result.Ratio, target), [byZone], notes)
        {
            NumeratorMeters = result.NumeratorMeters,
            DenominatorMeters = result.DenominatorMeters,
            Classes = result.Classes,
        };
    }
}
