using System.CommandLine;
using EcoSpace.Cli.Sample;
using EcoSpace.Data;

namespace EcoSpace.Cli.Commands;

/// <summary><c>ecospace init [--sample] [--force]</c>: a new project database.</summary>
public static class InitCommand
{
    private static readonly Option<bool> Sample = new("--sample") { Description = "Load the Lianyungang sample from layers/" };
    private static readonly Option<bool> Force = new("--force") { Description = "Replace an existing database file" };

    public static Command Build()
    {
        var command = new Command("init", "Create a new project database (a GeoPackage)") { Sample, Force };
        command.SetAction(parse => CommandRunner.Run(parse, context => Run(context, parse.GetValue(Sample), parse.GetValue(Force))));
        return command;
    }

    private static int Run(CliContext context, bool sample, bool force)
    {
        if (sample)
        {
            var results = SampleDataset.CreateDatabase(context.DatabasePath, context.User, force);
            Console.Out.WriteLine($"created {context.DatabasePath} with the Lianyungang sample: " +
                string.Join(", ", results.Select(r => $"{r.Kind} {r.Inserted}")));
            return ExitCodes.Ok;
        }

        using (FeatureStore.Create(context.DatabasePath, force)) { }
        Console.Out.WriteLine($"created {context.DatabasePath} (empty)");
        return ExitCodes.Ok;
    }
}
