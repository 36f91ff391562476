using System.CommandLine;
using EcoSpace.Cli.Output;
using EcoSpace.Core.Indicators.Settings;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace settings [list|set KEY VALUE|reset KEY|history]</c>: the project's ratio class sets,
/// ellipsoid and report targets, kept in the project database with who changed them and when.
/// </summary>
public static class SettingsCommand
{
    public static Command Build()
    {
        var command = new Command("settings", "Show or change the ratio class sets, the ellipsoid and the report targets of the project");
        var list = new Command("list", "Every setting: its value, default and where the default comes from") { CommonOptions.Json };
        list.SetAction(parse => CommandRunner.Run(parse, context => List(context, parse.GetValue(CommonOptions.Json))));
        command.Subcommands.Add(list);
        command.SetAction(parse => CommandRunner.Run(parse, context => List(context, json: false)));

        var key = new Argument<string>("key") { Description = $"One of: {string.Join(", ", SettingCatalog.Keys)}" };
        var value = new Argument<string>("value")
        {
            Description = "Codes separated by commas (or * for every segment), a ratio (0.35 or 35%), a number, 'none' (no target), GRS80 or WGS84",
        };
        var set = new Command("set", "Change a setting (recorded with --user and the time)") { key, value };
        set.SetAction(parse => CommandRunner.Run(parse, context => Set(context, parse.GetRequiredValue(key), parse.GetRequiredValue(value))));
        command.Subcommands.Add(set);

        var resetKey = new Argument<string>("key") { Description = "The setting to return to its default" };
        var reset = new Command("reset", "Return a setting to its default") { resetKey };
        reset.SetAction(parse => CommandRunner.Run(parse, context => Set(context, parse.GetRequiredValue(resetKey), null)));
        command.Subcommands.Add(reset);

        var history = new Command("history", "Every change of every setting: who, when, what") { CommonOptions.Json };
        history.SetAction(parse => CommandRunner.Run(parse, context => History(context, parse.GetValue(CommonOptions.Json))));
        command.Subcommands.Add(history);
        return command;
    }

    private static int List(CliContext context, bool json)
    {
        using var store = ProjectDatabase.Open(context);
        var stored = store.StoredSettings();
        if (json)
            SettingsOutput.PrintJson(stored);
        else
            SettingsOutput.Print(stored);
        return ExitCodes.Ok;
    }

    private static int Set(CliContext context, string key, string? value)
    {
        if (value is not null)
            SettingCatalog.Get(key);
        using var store = ProjectDatabase.Open(context);
        string? stored = store.SetSetting(key, value, context.User);
        var known = SettingCatalog.All.FirstOrDefault(d => d.Key == key);
        Console.Out.WriteLine(stored is not null ? $"{key} = {stored}"
            : known is not null ? $"{key} = {known.DefaultText} (default)"
            : $"{key} removed (this EcoSpace does not know it)");
        return ExitCodes.Ok;
    }

    private static int History(CliContext context, bool json)
    {
        using var store = ProjectDatabase.Open(context);
        SettingsOutput.PrintHistory(store.SettingChanges(), json);
        return ExitCodes.Ok;
    }
}
