using System.CommandLine;
using EcoSpace.Cli.Output;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Data.Import;

namespace EcoSpace.Cli.Commands;

/// <summary><c>ecospace import FILE --kind K [--skip-invalid] [--allow-invalid] [--replace] [--json]</c>.</summary>
public static class ImportCommand
{
    private static readonly Argument<string> File = new("file") { Description = "GeoJSON file (FeatureCollection, Feature, geometry, .geojsonl or RS sequence)" };
    private static readonly Option<bool> SkipInvalid = new("--skip-invalid") { Description = "Import the valid features and list the skipped ones, instead of importing nothing" };
    private static readonly Option<bool> Replace = new("--replace") { Description = "Replace stored features that have the same id (recorded in the history)" };

    public static Command Build()
    {
        var command = new Command("import", "Import a GeoJSON file into a layer: all or nothing unless --skip-invalid")
        {
            File, CommonOptions.Kind, SkipInvalid, CommonOptions.AllowInvalid, Replace, CommonOptions.Json,
        };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context,
            parse.GetRequiredValue(File), parse.GetRequiredValue(CommonOptions.Kind),
            new ImportOptions
            {
                SkipInvalid = parse.GetValue(SkipInvalid),
                AllowInvalidGeometry = parse.GetValue(CommonOptions.AllowInvalid),
                Replace = parse.GetValue(Replace),
            },
            parse.GetValue(CommonOptions.Json))));
        return command;
    }

    private static int Run(CliContext context, string file, string kind, ImportOptions options, bool json)
    {
        KindCatalog.Get(kind);
        using var store = ProjectDatabase.Open(context);
        using var stream = InputFiles.OpenRead(file);
        options = options with { User = context.User };

        var result = ImportProgress.Show(stream, progress =>
            GeoJsonImport.Run(store, file, stream, kind, options with { Progress = progress }), enabled: !json);

        if (json)
            Json.Print(ImportReportJson.From(file, result));
        else
            ImportReportText.Print(file, result);
        return result.Committed ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
