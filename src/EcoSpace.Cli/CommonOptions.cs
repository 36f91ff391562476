using System.CommandLine;
using EcoSpace.Core.Schema;

namespace EcoSpace.Cli;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Kind = new("--kind", "-k")
    {
        Description = $"Layer kind: {string.Join(", ", KindCatalog.Names)}",
        Required = true,
    };

    public static readonly Option<bool> Json = new("--json") { Description = "Print one JSON document on stdout" };

    public static Argument<string> KindArgument() => new("kind") { Description = $"Layer kind: {string.Join(", ", KindCatalog.Names)}" };
}
