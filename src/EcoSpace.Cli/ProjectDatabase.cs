using EcoSpace.Data;

namespace EcoSpace.Cli;

/// <summary>Opens the project database named by the global options, with a hint when it is missing.</summary>
public static class ProjectDatabase
{
    public static FeatureStore Open(CliContext context)
    {
        if (!File.Exists(context.DatabasePath))
            throw new StoreFileException(context.DatabasePath,
                "does not exist; create it with 'ecospace init' (or 'ecospace init --sample'), or name another with --db");
        return FeatureStore.Open(context.DatabasePath);
    }
}
