namespace EcoSpace.Cli;

/// <summary>Where the project database is and who is writing, from the global options.</summary>
public sealed record CliContext(string DatabasePath, string User)
{
    public const string DatabaseVariable = "ECOSPACE_DB";
    public const string DefaultDatabaseFile = "ecospace.gpkg";

    /// <summary>--db, else $ECOSPACE_DB, else ./ecospace.gpkg; --user, else the OS user.</summary>
    public static CliContext From(string? databaseOption, string? userOption)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DatabaseVariable);
        var path = databaseOption ?? (string.IsNullOrEmpty(fromEnvironment) ? DefaultDatabaseFile : fromEnvironment);
        return new CliContext(Path.GetFullPath(path), userOption ?? Environment.UserName);
    }
}
