using EcoSpace.Core.Validation;
using EcoSpace.Data.Import;

namespace EcoSpace.Cli.Output;

/// <summary>An import's outcome for a person: the summary on stdout, problems on stderr.</summary>
public static class ImportReportText
{
    private const int WarningsShownPerCode = 5;

    public static void Print(string file, ImportResult result)
    {
        PrintProblems(file, result);
        if (result.Committed)
            Console.Out.WriteLine($"imported {file} into {result.Kind}: {result.Inserted} inserted, {result.Replaced} replaced, " +
                $"{result.Skipped} skipped, {result.WarningCount} warnings (data version {result.DataVersion})");
        else
            Console.Error.WriteLine($"{file}: {result.ErrorCount} errors in {result.Read} features read; nothing was imported " +
                "(fix the file, or use --skip-invalid to import the valid features" +
                (result.Errors.Any(e => e.Issue.Code == IssueCodes.GeometryInvalid) ? ", or --allow-invalid to store invalid geometries with a warning" : "") +
                ")");
    }

    /// <summary>The outcome of <c>validate</c>: the same problems, and whether an import would succeed.</summary>
    public static void PrintValidation(string file, ImportResult result)
    {
        PrintProblems(file, result);
        if (result.ErrorCount == 0)
            Console.Out.WriteLine($"{file}: valid as {result.Kind}: {result.Read} features, {result.WarningCount} warnings");
        else
            Console.Error.WriteLine($"{file}: {result.ErrorCount} errors in {result.Read} features read");
    }

    private static void PrintProblems(string file, ImportResult result)
    {
        foreach (var error in result.Errors)
            Console.Error.WriteLine($"{file}: {error.Message}");
        if (result.ErrorCount > result.Errors.Count)
            Console.Error.WriteLine($"{file}: … and {result.ErrorCount - result.Errors.Count} more errors");

        foreach (var skipped in result.SkippedFeatures)
            Console.Error.WriteLine($"{file}: skipped {skipped}");

        // Warnings repeat (a raw coast has no class on any segment): a few of each, then a count.
        foreach (var group in result.Warnings.GroupBy(w => w.Issue.Code))
        {
            foreach (var warning in group.Take(WarningsShownPerCode))
                Console.Error.WriteLine($"{file}: {warning.Message}");
            if (group.Count() > WarningsShownPerCode)
                Console.Error.WriteLine($"{file}: … {group.Count() - WarningsShownPerCode} more '{group.Key}' warnings");
        }
    }
}
