using EcoSpace.Cli.Output;
using EcoSpace.Cli.Sample;
using EcoSpace.Data;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace</c> without a command: opens the project database, creating it from the sample in
/// <c>layers/</c> on first run, summarises its layers, then serves the map app (<see cref="ServeCommand"/>:
/// <c>--port</c>, <c>--bind</c>, <c>--no-browser</c>) until Ctrl+C.
/// </summary>
public static class OverviewCommand
{
    public static int Run(CliContext context, ServeRequest serve)
    {
        EnsureProject(context);
        using (var store = FeatureStore.Open(context.DatabasePath))
        {
            Console.Out.WriteLine($"EcoSpace project {context.DatabasePath} (data version {store.DataVersion}, lon/lat CGCS2000 EPSG:4490)");
            LayerTable.Print(store.Layers());
        }
        Console.Out.WriteLine("Commands: ecospace --help");
        Console.Out.Flush();
        return ServeCommand.Run(context, serve);
    }

    /// <summary>Creates the project from the Lianyungang sample when it does not exist yet, saying so.</summary>
    public static void EnsureProject(CliContext context)
    {
        if (File.Exists(context.DatabasePath))
            return;
        Console.Out.WriteLine($"no project database at {context.DatabasePath}: creating it from the Lianyungang sample");
        SampleDataset.CreateDatabase(context.DatabasePath, context.User, overwrite: false);
    }
}
