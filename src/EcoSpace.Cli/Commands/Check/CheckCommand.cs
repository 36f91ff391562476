using System.CommandLine;

namespace EcoSpace.Cli.Commands.Check;

/// <summary><c>ecospace check …</c>: the checks of DOMAIN.md §4 on the project's layers.</summary>
public static class CheckCommand
{
    public static Command Build() =>
        new("check", "Check the layers against the rules of ecological space (DOMAIN.md §4)")
        {
            CheckConflictsCommand.Build(),
        };
}
