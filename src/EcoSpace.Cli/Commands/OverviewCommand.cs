using EcoSpace.Cli.Output;
using EcoSpace.Cli.Sample;
using EcoSpace.Data;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace</c> without a command: opens the project database, creating it from the sample in
/// <c>layers/</c> on first run, and summarises its layers. (The map app will take this place.)
/// </summary>
public static class OverviewCommand
{
    public static int Run(CliContext context)
    {
        if (!File.Exists(context.DatabasePath))
        {
            Console.Out.WriteLine($"no project database at {context.DatabasePath}: creating it from the Lianyungang sample");
            SampleDataset.CreateDatabase(context.DatabasePath, context.User, overwrite: false);
        }

        using var store = FeatureStore.Open(context.DatabasePath);
        Console.Out.WriteLine($"EcoSpace project {context.DatabasePath} (data version {store.DataVersion}, lon/lat CGCS2000 EPSG:4490)");
        LayerTable.Print(store.Layers());
        Console.Out.WriteLine("Commands: ecospace --help");
        return ExitCodes.Ok;
    }
}
