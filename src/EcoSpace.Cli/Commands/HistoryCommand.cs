using System.CommandLine;
using EcoSpace.Cli.Output;
using EcoSpace.Core.Schema;

namespace EcoSpace.Cli.Commands;

/// <summary><c>ecospace history KIND ID [--json]</c>: every version of a feature, with what changed.</summary>
public static class HistoryCommand
{
    private static readonly Argument<string> Kind = CommonOptions.KindArgument();
    private static readonly Argument<string> Id = new("id") { Description = "Feature id" };

    public static Command Build()
    {
        var command = new Command("history", "Show every version of a feature: who, when, what changed") { Kind, Id, CommonOptions.Json };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context,
            parse.GetRequiredValue(Kind), parse.GetRequiredValue(Id), parse.GetValue(CommonOptions.Json))));
        return command;
    }

    private static int Run(CliContext context, string kind, string id, bool json)
    {
        KindCatalog.Get(kind);
        using var store = ProjectDatabase.Open(context);
        var entries = store.History(kind, id);
        if (entries.Count == 0)
            return CommandRunner.Fail(ExitCodes.NotFound, $"{kind} \"{id}\" has no history in {context.DatabasePath}");
        if (json)
            HistoryReport.PrintJson(entries);
        else
            HistoryReport.Print(entries);
        return ExitCodes.Ok;
    }
}
