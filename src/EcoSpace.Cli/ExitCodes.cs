namespace EcoSpace.Cli;

/// <summary>The documented exit codes of <c>ecospace</c> (README, "CLI").</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;
    /// <summary>The command line is wrong: unknown command, option or kind, missing argument.</summary>
    public const int Usage = 1;
    /// <summary>The input file is wrong (unreadable, broken JSON, invalid features); nothing was stored.</summary>
    public const int InvalidInput = 2;
    /// <summary>Conflicts were found and --fail-on-conflict was given.</summary>
    public const int ConflictsFound = 3;
    /// <summary>The project database cannot be used: missing, not a GeoPackage, newer schema, locked.</summary>
    public const int StoreError = 4;
    /// <summary>The feature asked for does not exist.</summary>
    public const int NotFound = 5;
    /// <summary>The map server cannot start: its port is taken, or the address cannot be bound.</summary>
    public const int ServerError = 6;
}
