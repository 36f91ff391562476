using EcoSpace.Core.Indicators.Ratios;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;

namespace EcoSpace.Core.Indicators.Report;

/// <summary>
/// Row 18, the natural shoreline retention ratio, and row 41, the beautiful-bay shoreline share, from
/// one <see cref="ShorelineRatio.Compute"/> grouped by class. The ratio is the mainland's; island
/// coast is shown beside it (breakdown <c>coast</c>) and never mixed in.
/// </summary>
internal static class ShorelineRows
{
    public static IReadOnlyList<ReportRow> Build(ReportInputs inputs, IndicatorSettings settings, List<ReportNote> warnings)
    {
        var result = ShorelineRatio.Compute(new RatioInputs(inputs.Shorelines, inputs.AdminRegions, inputs.Bays, inputs.Provenance),
            settings, RatioGrouping.Class);
        warnings.AddRange(result.Warnings.Select(w => new ReportNote($"自然岸线保有率：{w}", $"natural shoreline ratio: {w}")));
        return [Natural(result, settings), Bays(result.BayShare!, settings)];
    }

    private static ReportRow Natural(RatioResult result, IndicatorSettings settings)
    {
        var target = ReportTargets.From(SettingCatalog.TargetNaturalShorelineRatio, settings.TargetNaturalShorelineRatio);
        var islands = result.Islands!;
        var coast = new ReportBreakdown("coast", "岸线", "Coast",
        [
            new BreakdownItem("mainland", "大陆岸线（计入）", "mainland (the ratio)", ReportQuantity.Ratio, result.Ratio,
                result.NumeratorMeters, result.DenominatorMeters),
            new BreakdownItem("island", "海岛岸线（另计，不计入）", "island coast (shown apart, not in the ratio)", ReportQuantity.Ratio,
                islands.Ratio, islands.NumeratorMeters, islands.DenominatorMeters),
        ]);
        var classDefinition = CodeLabels.Property(KindCatalog.Shoreline, ShorelineRatio.ClassProperty);
        var byClass = new ReportBreakdown("class", $"大陆{classDefinition.Zh}（长度）", $"{classDefinition.En}, mainland (length)",
            result.Groups.Select(g =>
            {
                var (zh, en) = CodeLabels.Of(KindCatalog.Shoreline, ShorelineRatio.ClassProperty, g.Key);
                return new BreakdownItem(g.Key, zh, en, ReportQuantity.Length, g.DenominatorMeters);
            }).ToArray());

        var numerator = CodeLabels.Set(KindCatalog.Shoreline, ShorelineRatio.ClassProperty, settings.ShorelineNaturalClasses,
            new ReportNote("全部类型", "every class"));
        var denominator = CodeLabels.Set(KindCatalog.Shoreline, ShorelineRatio.ClassProperty, settings.ShorelineDenominatorClasses,
            new ReportNote("全部大陆岸线", "every mainland segment (*)"));
        var notes = new List<ReportNote>
        {
            new($"分子：{numerator.Zh}；分母：{denominator.Zh}", $"numerator: {numerator.En}; denominator: {denominator.En}"),
            new($"海岛岸线 {islands.Segments} 段单独列出，不计入保有率", $"island coast ({islands.Segments} segment(s)) is shown apart and not in the ratio"),
        };
        if (result.Ratio is null)
            notes.Add(new ReportNote("没有大陆岸线：无法计算", "no mainland shoreline: nothing to divide by"));

        return new ReportRow("18", ReportKeys.NaturalShorelineRatio, "自然岸线保有率", "Natural shoreline retention ratio",
            ReportQuantity.Ratio, result.Ratio, target, TargetCheck.Status(ReportQuantity.Ratio, result.Ratio, target), [coast, byClass], notes)
        {
            NumeratorMeters = result.NumeratorMeters,
            DenominatorMeters = result.DenominatorMeters,
            Classes = result.Classes,
        };
    }

    private static ReportRow Bays(BayShare share, IndicatorSettings settings)
    {
        var target = ReportTargets.From(SettingCatalog.TargetBeautifulBayShare, settings.TargetBeautifulBayShare);
        var bays = new ReportBreakdown("bay", "海湾内大陆岸线（长度）", "Mainland coast in each bay (length)",
            share.Bays.Select(b =>
            {
                string name = b.Name ?? b.Id;
                var (statusZh, statusEn) = CodeLabels.Of(KindCatalog.Bay, "status", b.Status);
                return new BreakdownItem(b.Id,
                    $"{name}（{statusZh}，{(b.Counted ? "计入" : "不计入")}）",
                    $"{name} ({statusEn.ToLowerInvariant()}, {(b.Counted ? "counted" : "not counted")})",
                    ReportQuantity.Length, b.MainlandLengthMeters);
            }).ToArray());

        var counted = CodeLabels.Set(KindCatalog.Bay, "status", settings.BayCountedStatuses, new ReportNote("全部", "every status"));
        var notes = new List<ReportNote>
        {
            new($"计入的海湾状态：{counted.Zh}；分母：全部大陆岸线", $"bay statuses counted: {counted.En}; denominator: every mainland segment"),
        };
        if (share.Bays.Count == 0)
            notes.Add(new ReportNote("没有美丽海湾图斑", "no bay polygons"));

        return new ReportRow("41", ReportKeys.BeautifulBayShare, "美丽海湾岸线占比", "Beautiful-bay shoreline share",
            ReportQuantity.Ratio, share.Share, target, TargetCheck.Status(ReportQuantity.Ratio, share.Share, target), [bays], notes)
        {
            NumeratorMeters = share.NumeratorMeters,
            DenominatorMeters = share.DenominatorMeters,
            Classes = new Ratios.RatioClasses("bay.status", share.CountedStatuses, [Settings.SettingCatalog.Everything]),
        };
    }
}
