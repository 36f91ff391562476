using System.Text;
using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>The report as an aligned terminal table: one line per indicator, its breakdowns indented below it, then notes and warnings.</summary>
public static class ReportTable
{
    public static string Render(IndicatorReport report, ReportWords words)
    {
        var text = new StringBuilder();
        text.AppendLine(words.Title);
        text.AppendLine(words.Header(report));
        text.AppendLine();

        string colon = words.English ? ": " : "：";
        var table = new TextTable(words.Row, words.Indicator, words.Value, words.Target, words.StatusHeader, words.Detail).AlignRight(2);
        foreach (var row in report.Rows)
        {
            table.Add(row.Row, words.Label(row), ReportNumbers.RowWithUnit(row), ReportNumbers.Target(row.Quantity, row.Target),
                words.Status(row.Status), ReportNumbers.Parts(row.NumeratorMeters, row.DenominatorMeters));
            foreach (var breakdown in row.Breakdowns)
            {
                foreach (var item in breakdown.Items)
                {
                    table.Add("", $"  {words.Label(breakdown)}{colon}{words.Label(item)}",
                        ReportNumbers.WithUnit(item.Quantity, item.ValueSi), "", "", ReportNumbers.Parts(item.NumeratorMeters, item.DenominatorMeters));
                }
            }
        }
        text.Append(table);

        text.AppendLine();
        text.AppendLine($"{words.Notes}{colon}");
        foreach (var row in report.Rows)
        {
            text.AppendLine($"  {row.Row} {words.Label(row)}");
            if (row.Target is { } target)
                text.AppendLine($"    {words.Target}{colon}{ReportNumbers.Target(row.Quantity, target)} ({target.SettingKey}; {target.Source})");
            foreach (var note in row.Notes)
                text.AppendLine($"    {words.Text(note)}");
        }

        if (report.Warnings.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"{words.Warnings}{colon}");
            foreach (var warning in report.Warnings)
                text.AppendLine($"  {words.Text(warning)}");
        }
        return text.ToString();
    }
}
