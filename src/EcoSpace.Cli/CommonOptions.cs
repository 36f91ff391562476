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

    public static readonly Option<bool> AllowInvalid = new("--allow-invalid")
    {
        Description = "Accept features whose only errors are invalid geometry (self-intersection, ring problems), each with a warning; 'check topology' reports them",
    };

    public static Argument<string> KindArgument() => new("kind") { Description = $"Layer kind: {string.Join(", ", KindCatalog.Names)}" };
}
