using System.Text;
using EcoSpace.Core.Indicators.Report;

namespace EcoSpace.Cli.Output.Report;

/// <summary>The report as Markdown: the indicator table, then per indicator its breakdown tables and notes, then the warnings.</summary>
public static class ReportMarkdown
{
    public static string Render(IndicatorReport report, ReportWords words)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(MarkdownText.Escape(words.Title)).AppendLine();
        text.AppendLine(MarkdownText.Escape(words.Header(report))).AppendLine();

        Row(text, E(words.Row), E(words.Indicator), E(words.Value), E(words.Target), E(words.StatusHeader), E(words.Detail));
        text.AppendLine("|---|---|--:|--:|---|--:|");
        foreach (var row in report.Rows)
        {
            Row(text, E(row.Row), E(words.Label(row)), E(ReportNumbers.RowWithUnit(row)), E(ReportNumbers.Target(row.Quantity, row.Target)),
                Status(row.Status, words), E(ReportNumbers.Parts(row.NumeratorMeters, row.DenominatorMeters)));
        }

        foreach (var row in report.Rows)
        {
            text.AppendLine().Append("## ").Append(row.Row).Append(' ').AppendLine(MarkdownText.Escape(words.Label(row)));
            foreach (var breakdown in row.Breakdowns.Where(b => b.Items.Count > 0))
            {
                bool parts = breakdown.Items.Any(i => i.DenominatorMeters is not null);
                text.AppendLine();
                Row(text, [E(words.Label(breakdown)), E(words.Value), .. parts ? [E(words.Detail)] : Array.Empty<string>()]);
                text.AppendLine(parts ? "|---|--:|--:|" : "|---|--:|");
                foreach (var item in breakdown.Items)
                {
                    Row(text, [E(words.Label(item)), E(ReportNumbers.WithUnit(item.Quantity, item.ValueSi)),
                        .. parts ? [E(ReportNumbers.Parts(item.NumeratorMeters, item.DenominatorMeters))] : Array.Empty<string>()]);
                }
            }
            text.AppendLine();
            if (row.Target is { } target)
                text.Append("- ").AppendLine(MarkdownText.Escape($"{words.Target}: {ReportNumbers.Target(row.Quantity, target)} ({target.SettingKey}; {target.Source})"));
            foreach (var note in row.Notes)
                text.Append("- ").AppendLine(MarkdownText.Escape(words.Text(note)));
        }

        if (report.Warnings.Count > 0)
        {
            text.AppendLine().Append("## ").AppendLine(words.Warnings).AppendLine();
            foreach (var warning in report.Warnings)
                text.Append("- ").AppendLine(MarkdownText.Escape(words.Text(warning)));
        }
        return text.ToString();
    }

    /// <summary>Met in bold, not met in bold italics, so the status reads without colour.</summary>
    private static string Status(TargetStatus status, ReportWords words) => status switch
    {
        TargetStatus.Met => $"**{E(words.Status(status))}**",
        TargetStatus.NotMet => $"***{E(words.Status(status))}***",
        _ => E(words.Status(status)),
    };

    private static string E(string text) => MarkdownText.Escape(text);

    /// <summary>A table row of cells already escaped.</summary>
    private static void Row(StringBuilder text, params string[] cells)
    {
        text.Append('|');
        foreach (var cell in cells)
            text.Append(' ').Append(cell).Append(" |");
        text.AppendLine();
    }
}
