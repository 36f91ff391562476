using EcoSpace.Core.Validation;
using EcoSpace.Data.Import;

namespace EcoSpace.Cli.Output;

/// <summary>The --json document of import and validate.</summary>
public sealed record ImportReportJson(
    string File, string Kind, bool Committed, int Read, int Inserted, int Replaced, int Skipped,
    int ErrorCount, int WarningCount, long DataVersion,
    IReadOnlyList<ImportReportJson.Problem> Errors, IReadOnlyList<ImportReportJson.Problem> Warnings,
    IReadOnlyList<ImportReportJson.Problem> SkippedFeatures)
{
    public sealed record Problem(int Index, string? Id, string Where, string Severity, string Code, string Message,
        string? Property, double[]? Location);

    public static ImportReportJson From(string file, ImportResult r) => new(
        file, r.Kind, r.Committed, r.Read, r.Inserted, r.Replaced, r.Skipped, r.ErrorCount, r.WarningCount, r.DataVersion,
        r.Errors.Select(ToProblem).ToArray(), r.Warnings.Select(ToProblem).ToArray(),
        r.SkippedFeatures.SelectMany(s => s.Reasons.Select(reason => ToProblem(new ImportIssue(s.Index, s.Id, s.Where, reason)))).ToArray());

    private static Problem ToProblem(ImportIssue i) => new(i.Index, i.Id, i.Where,
        i.Issue.Severity == IssueSeverity.Error ? "error" : "warning", i.Issue.Code, i.Issue.Message, i.Issue.Property,
        i.Issue.Location is { } c ? [c.X, c.Y] : null);
}
