using System.Text;
using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>
/// The report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
/// quote or line break, quotes doubled): one line per indicator, then one per breakdown item, every
/// line with the same columns. Labels in both languages; header and status words in the chosen one.
/// Numbers are rounded for display, without thousands separators; ids and names that would
/// start a spreadsheet formula get a leading apostrophe. The caller writes it as UTF-8 with
/// a byte-order mark, which Excel on Chinese Windows needs to read it as UTF-8 rather than GBK.
/// </summary>
public static class ReportCsv
{
    public static string Render(IndicatorReport report, ReportWords words)
    {
        var text = new StringBuilder();
        Line(text, words.English
            ? ["row", "key", "dimension", "code", "label_zh", "label_en", "value", "unit", "target (at least)", "status", "numerator_km", "denominator_km"]
            : ["序号", "指标键", "分项维度", "代码", "名称", "英文名称", "数值", "单位", "目标（不低于）", "状态", "分子（公里）", "分母（公里）"]);
        foreach (var row in report.Rows)
        {
            Line(text, [row.Row, row.Key, "", "", row.LabelZh, row.LabelEn, ReportNumbers.RowNumber(row),
                row.Quantity.DisplayUnit(), row.Target is { } t ? ReportNumbers.TargetNumber(row.Quantity, t) : "", words.Status(row.Status),
                Km(row.NumeratorMeters), Km(row.DenominatorMeters)]);
            foreach (var breakdown in row.Breakdowns)
            {
                foreach (var item in breakdown.Items)
                {
                    Line(text, [row.Row, row.Key, breakdown.Dimension, Text(item.Code ?? ""), Text(item.LabelZh), Text(item.LabelEn),
                        ReportNumbers.Number(item.Quantity, item.ValueSi), item.Quantity.DisplayUnit(), "", "",
                        Km(item.NumeratorMeters), Km(item.DenominatorMeters)]);
                }
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Text from the data (feature ids and names) that a spreadsheet would run as a formula (= + - @
    /// first) gets a leading apostrophe, as OWASP advises against CSV injection.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Km(double? meters) => meters is { } m ? ReportNumbers.Kilometers(m) : "";

    private static void Line(StringBuilder text, string[] fields)
    {
        text.Append(string.Join(",", fields.Select(Field)));
        text.Append("\r\n");
    }

    /// <summary>RFC 4180 §2: quoted when it holds a comma, a quote or a line break; quotes doubled.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
