using System.Text;
using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>The report in a format, as the bytes to write: UTF-8, with a byte-order mark for CSV only (Excel needs it; JSON must not have one).</summary>
public static class ReportRenderer
{
    private static readonly UTF8Encoding WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly UTF8Encoding WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Render(IndicatorReport report, ReportFormat format, ReportWords words)
    {
        string text = format switch
        {
            ReportFormat.Json => ReportJson.Render(report) + "\n",
            ReportFormat.Csv => ReportCsv.Render(report, words),
            ReportFormat.Markdown => ReportMarkdown.Render(report, words),
            ReportFormat.Html => ReportHtml.Render(report, words),
            _ => ReportTable.Render(report, words),
        };
        var encoding = format == ReportFormat.Csv ? WithBom : WithoutBom;
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }
}
