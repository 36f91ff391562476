using System.CommandLine;
using EcoSpace.Cli.Output;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Import;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace validate FILE --kind K [--allow-invalid] [--json]</c>: every check an import makes, nothing stored. It is
/// an import that is always rolled back, so the answers are the import's own, ids already in the
/// project included; without a project database the file is checked against an empty one.
/// </summary>
public static class ValidateCommand
{
    private static readonly Argument<string> File = new("file") { Description = "GeoJSON file to check" };

    public static Command Build()
    {
        var command = new Command("validate", "Check a GeoJSON file against a layer kind without importing it")
        {
            File, CommonOptions.Kind, CommonOptions.AllowInvalid, CommonOptions.Json,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context,
            parse.GetRequiredValue(File), parse.GetRequiredValue(CommonOptions.Kind), parse.GetValue(CommonOptions.AllowInvalid),
            parse.GetValue(CommonOptions.Json))));
        return command;
    }

    private static int Run(CliContext context, string file, string kind, bool allowInvalid, bool json)
    {
        KindCatalog.Get(kind);
        using var stream = InputFiles.OpenRead(file);
        string? scratch = System.IO.File.Exists(context.DatabasePath) ? null : Path.Combine(Path.GetTempPath(), $"ecospace-validate-{Guid.NewGuid():N}.gpkg");
        try
        {
            ImportResult result;
            using (var store = scratch is null ? FeatureStore.Open(context.DatabasePath) : FeatureStore.Create(scratch))
                result = GeoJsonImport.Run(store, file, stream, kind, new ImportOptions { DryRun = true, User = context.User, AllowInvalidGeometry = allowInvalid });

            if (json)
                Json.Print(ImportReportJson.From(file, result));
            else
                ImportReportText.PrintValidation(file, result);
            return result.ErrorCount == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
        }
        finally
        {
            if (scratch is not null)
                GeoJsonImport.DeleteStoreFiles(scratch);
        }
    }
}
