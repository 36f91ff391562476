using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>
/// The words of the human-readable report forms (table, CSV, Markdown, HTML) in the language chosen
/// with <c>--lang</c>: Chinese by default (the users are Chinese planners), or English. JSON always
/// carries both.
/// </summary>
public sealed record ReportWords(bool English)
{
    public static readonly ReportWords Zh = new(false);
    public static readonly ReportWords En = new(true);

    /// <summary><c>zh</c> (also <c>zh-cn</c>) or <c>en</c>; null for anything else.</summary>
    public static ReportWords? Parse(string lang) => lang.ToLowerInvariant() switch
    {
        "zh" or "zh-cn" or "cn" => Zh,
        "en" => En,
        _ => null,
    };

    /// <summary>The BCP 47 tag for HTML's lang attribute.</summary>
    public string LanguageTag => English ? "en" : "zh-CN";

    public string Title => English ? "Ecological space indicator report" : "生态空间指标报告";

    public string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => English ? "met" : "达标",
        TargetStatus.NotMet => English ? "not met" : "未达标",
        TargetStatus.NotApplicable => English ? "not applicable" : "不适用",
        _ => English ? "no target" : "无目标",
    };

    /// <summary>The status as written in JSON and used as an HTML class: met, not_met, no_target, not_applicable.</summary>
    public static string StatusCode(TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.NotMet => "not_met",
        TargetStatus.NotApplicable => "not_applicable",
        _ => "no_target",
    };

    public string Row => English ? "row" : "序号";
    public string Indicator => English ? "indicator" : "指标";
    public string Value => English ? "value" : "数值";
    public string Target => English ? "target" : "目标";
    public string StatusHeader => English ? "status" : "状态";
    public string Detail => English ? "numerator / denominator" : "分子 / 分母";
    public string Notes => English ? "Notes" : "说明";
    public string Warnings => English ? "Warnings" : "警告";
    public string Breakdown => English ? "breakdown" : "分项";

    /// <summary>The header line: data version, when computed, ellipsoid, as-of date.</summary>
    public string Header(IndicatorReport report)
    {
        string at = ReportNumbers.Timestamp(report.Provenance.ComputedAt);
        string asOf = ReportNumbers.Date(report.AsOf);
        return English
            ? $"data version {report.Provenance.DataVersion} · computed {at} · ellipsoid {report.Ellipsoid} (geodesic) · restoration as of {asOf}"
            : $"数据版本 {report.Provenance.DataVersion} · 计算时间 {at} · 椭球 {report.Ellipsoid}（椭球面量算）· 修复工程截至 {asOf}";
    }

    public string Label(ReportRow row) => English ? row.LabelEn : row.LabelZh;
    public string Label(ReportBreakdown breakdown) => English ? breakdown.LabelEn : breakdown.LabelZh;
    public string Label(BreakdownItem item) => English ? item.LabelEn : item.LabelZh;
    public string Text(ReportNote note) => note.In(English);
}
