using System.Net;
using System.Text;
using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>
/// The report as one self-contained HTML file: inline CSS, no scripts, no links, images, fonts or
/// any other external resource, so it opens the same offline and can be mailed as is. Every text is
/// HTML-escaped; the status cell is coloured (green met, red not met, grey no target).
/// </summary>
public static class ReportHtml
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        h2 { font-size: 1.1em; margin-top: 1.6em; }
        p.header { color: #555; }
        table { border-collapse: collapse; margin: 0.6em 0; }
        th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
        th { background: #eef2ee; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.met { background: #d9f2d9; color: #155a15; font-weight: bold; }
        td.not_met { background: #f9d6d5; color: #8a1c17; font-weight: bold; }
        td.no_target { background: #eeeeee; color: #555; }
        td.not_applicable { background: #eeeeee; color: #555; font-style: italic; }
        ul { margin-top: 0.3em; }
        .warnings li { color: #8a4b00; }
        """;

    public static string Render(IndicatorReport report, ReportWords words)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.Append("<html lang=\"").Append(words.LanguageTag).AppendLine("\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.Append("<title>").Append(E(words.Title)).AppendLine("</title>");
        html.Append("<style>").Append(Style).AppendLine("</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.Append("<h1>").Append(E(words.Title)).AppendLine("</h1>");
        html.Append("<p class=\"header\">").Append(E(words.Header(report))).AppendLine("</p>");

        html.AppendLine("<table class=\"indicators\">");
        Header(html, words.Row, words.Indicator, words.Value, words.Target, words.StatusHeader, words.Detail);
        foreach (var row in report.Rows)
        {
            html.Append("<tr>");
            Cell(html, row.Row);
            Cell(html, words.Label(row));
            Cell(html, ReportNumbers.RowWithUnit(row), "num");
            Cell(html, ReportNumbers.Target(row.Quantity, row.Target), "num");
            Cell(html, words.Status(row.Status), ReportWords.StatusCode(row.Status));
            Cell(html, ReportNumbers.Parts(row.NumeratorMeters, row.DenominatorMeters), "num");
            html.AppendLine("</tr>");
        }
        html.AppendLine("</table>");

        foreach (var row in report.Rows)
        {
            html.Append("<h2>").Append(E(row.Row)).Append(' ').Append(E(words.Label(row))).AppendLine("</h2>");
            foreach (var breakdown in row.Breakdowns.Where(b => b.Items.Count > 0))
            {
                bool parts = breakdown.Items.Any(i => i.DenominatorMeters is not null);
                html.AppendLine("<table class=\"breakdown\">");
                Header(html, [words.Label(breakdown), words.Value, .. parts ? [words.Detail] : Array.Empty<string>()]);
                foreach (var item in breakdown.Items)
                {
                    html.Append("<tr>");
                    Cell(html, words.Label(item));
                    Cell(html, ReportNumbers.WithUnit(item.Quantity, item.ValueSi), "num");
                    if (parts)
                        Cell(html, ReportNumbers.Parts(item.NumeratorMeters, item.DenominatorMeters), "num");
                    html.AppendLine("</tr>");
                }
                html.AppendLine("</table>");
            }
            html.AppendLine("<ul>");
            if (row.Target is { } target)
                Item(html, $"{words.Target}: {ReportNumbers.Target(row.Quantity, target)} ({target.SettingKey}; {target.Source})");
            foreach (var note in row.Notes)
                Item(html, words.Text(note));
            html.AppendLine("</ul>");
        }

        if (report.Warnings.Count > 0)
        {
            html.Append("<h2>").Append(E(words.Warnings)).AppendLine("</h2>");
            html.AppendLine("<ul class=\"warnings\">");
            foreach (var warning in report.Warnings)
                Item(html, words.Text(warning));
            html.AppendLine("</ul>");
        }
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    /// <summary>HTML-escaped text: &lt; &gt; &amp; and both quotes.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void Header(StringBuilder html, params string[] cells)
    {
        html.Append("<tr>");
        foreach (var cell in cells)
            html.Append("<th>").Append(E(cell)).Append("</th>");
        html.AppendLine("</tr>");
    }

    private static void Cell(StringBuilder html, string text, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<td>" : $"<td class=\"{cssClass}\">").Append(E(text)).Append("</td>");
    }

    private static void Item(StringBuilder html, string text) => html.Append("<li>").Append(E(text)).AppendLine("</li>");
}
