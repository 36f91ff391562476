using System.CommandLine;

namespace EcoSpace.Cli.Commands.Check;

/// <summary><c>ecospace check …</c>: the checks of DOMAIN.md §4, one subcommand each.</summary>
public static class CheckCommand
{
    public static Command Build() =>
        new("check", "Check the layers against the rules (DOMAIN.md §4); --fail-on-conflict exits 3 when a rule is broken")
        {
            CheckConflictsCommand.Build(),
            CheckRedlineCommand.Build(),
            CheckTopologyCommand.Build(),
        };
}
