using System.CommandLine;
using EcoSpace.Cli.Output;

namespace EcoSpace.Cli.Commands;

/// <summary><c>ecospace layers [--json]</c>: every layer with its feature count and extent.</summary>
public static class LayersCommand
{
    public static Command Build()
    {
        var command = new Command("layers", "List the layers of the project database") { CommonOptions.Json };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context, parse.GetValue(CommonOptions.Json))));
        return command;
    }

    private static int Run(CliContext context, bool json)
    {
        using var store = ProjectDatabase.Open(context);
        if (json)
            LayerTable.PrintJson(context.DatabasePath, store.DataVersion, store.Layers());
        else
            LayerTable.Print(store.Layers());
        return ExitCodes.Ok;
    }
}
