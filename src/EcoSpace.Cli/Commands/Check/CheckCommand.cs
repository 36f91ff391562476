using System.CommandLine;

namespace EcoSpace.Cli.Commands.Check;

/// <summary><c>ecospace check …</c>: the rules of DOMAIN.md §4, each a subcommand.</summary>
public static class CheckCommand
{
    public static Command Build() =>
        new("check", "Check the project's layers against the overlap and topology rules")
        {
            CheckTopologyCommand.Build(),
        };
}
