using System.CommandLine;
using EcoSpace.Cli.Output;
using EcoSpace.Data.Snapshots;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace snapshot create TAG [--note TEXT]</c> and <c>snapshot [list] [--json]</c>: name the
/// project's current data version, to audit against later (<c>check redline --baseline TAG</c>).
/// A snapshot is a row naming a data version; the features come from the history, nothing is copied.
/// Snapshots are immutable: there is no command to rename, change or delete one.
/// </summary>
public static class SnapshotCommand
{
    public static Command Build()
    {
        var command = new Command("snapshot", "Name the current state of the project (immutable; built on the history), or list the snapshots");

        var tag = new Argument<string>("tag") { Description = $"Letters, digits, '.', '_', '-'; at most {SnapshotTags.MaxLength}; unique (e.g. 2021-approved)" };
        var note = new Option<string?>("--note") { Description = "What the snapshot is, e.g. the approval document" };
        var create = new Command("create", "Name the current data version TAG (recorded with --user and the time)") { tag, note };
        create.SetAction(parse => CommandRunner.Run(parse, context => Create(context, parse.GetRequiredValue(tag), parse.GetValue(note))));
        command.Subcommands.Add(create);

        var list = new Command("list", "Every snapshot: tag, data version, when, who, note") { CommonOptions.Json };
        list.SetAction(parse => CommandRunner.Run(parse, context => List(context, parse.GetValue(CommonOptions.Json))));
        command.Subcommands.Add(list);
        command.SetAction(parse => CommandRunner.Run(parse, context => List(context, json: false)));
        return command;
    }

    private static int Create(CliContext context, string tag, string? note)
    {
        using var store = ProjectDatabase.Open(context);
        Snapshot snapshot;
        try
        {
            snapshot = store.CreateSnapshot(tag, string.IsNullOrWhiteSpace(note) ? null : note, context.User);
        }
        catch (SnapshotTagException e)
        {
            throw new UsageException(e.Message);
        }
        SnapshotOutput.PrintCreated(snapshot, store.CountAsOf(snapshot.DataVersion));
        return ExitCodes.Ok;
    }

    private static int List(CliContext context, bool json)
    {
        using var store = ProjectDatabase.Open(context);
        var snapshots = store.Snapshots();
        if (json)
            SnapshotOutput.PrintJson(snapshots);
        else
            SnapshotOutput.Print(snapshots);
        return ExitCodes.Ok;
    }
}
