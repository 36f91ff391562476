using System.CommandLine;
using EcoSpace.Cli.Commands;
using EcoSpace.Cli.Commands.Check;
using EcoSpace.Cli.Commands.Measure;

namespace EcoSpace.Cli;

/// <summary>The <c>ecospace</c> command tree: global options and one subcommand per job.</summary>
public static class EcoSpaceCommandLine
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = $"Project database (GeoPackage). Default: ${CliContext.DatabaseVariable}, else ./{CliContext.DefaultDatabaseFile}",
        Recursive = true,
    };

    public static readonly Option<string?> User = new("--user")
    {
        Description = "Who is writing, recorded in the history. Default: the OS user",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "EcoSpace: ecological protection red lines, protected areas, shoreline and bank segments of a city, " +
            "kept in a GeoPackage. Without a command: open the project (created from the sample on first run), summarise its layers " +
            "and serve the map app in the browser (as 'serve'; Ctrl+C stops).");
        root.Options.Add(Database);
        root.Options.Add(User);
        foreach (var option in ServeOptions.All)
            root.Options.Add(option);
        root.SetAction(parse => CommandRunner.Run(parse, context => OverviewCommand.Run(context, ServeOptions.From(parse))));
        root.Subcommands.Add(InitCommand.Build());
        root.Subcommands.Add(ImportCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        root.Subcommands.Add(LayersCommand.Build());
        root.Subcommands.Add(ValidateCommand.Build());
        root.Subcommands.Add(HistoryCommand.Build());
        root.Subcommands.Add(MeasureCommand.Build());
        root.Subcommands.Add(SettingsCommand.Build());
        root.Subcommands.Add(ReportCommand.Build());
        root.Subcommands.Add(SnapshotCommand.Build());
        root.Subcommands.Add(CheckCommand.Build());
        root.Subcommands.Add(ServeCommand.Build());
        return root;
    }

    /// <summary>
    /// A command line that does not parse: each error on stderr and a pointer to --help, exit code 1.
    /// Nothing on stdout, which --json users pipe into other tools (System.CommandLine would print
    /// the whole help there).
    /// </summary>
    public static int ReportParseErrors(ParseResult parse)
    {
        foreach (var error in parse.Errors)
            Console.Error.WriteLine($"ecospace: {error.Message}");
        var command = string.Join(' ', parse.CommandResult.Command.Name == parse.RootCommandResult.Command.Name
            ? ["ecospace"]
            : ["ecospace", .. CommandPath(parse.CommandResult)]);
        Console.Error.WriteLine($"ecospace: see '{command} --help'");
        return ExitCodes.Usage;
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (var r = result; r.Parent is System.CommandLine.Parsing.CommandResult parent; r = parent)
            names.Push(r.Command.Name);
        return names;
    }

    public static CliContext Context(ParseResult parse) =>
        CliContext.From(parse.GetValue(Database), parse.GetValue(User));
}
