using System.CommandLine;
using EcoSpace.Core.Indicators.Settings;
using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Formats.GeoJson;
using Microsoft.Data.Sqlite;

namespace EcoSpace.Cli;

/// <summary>
/// Runs a command's action and turns the failures a user can cause into a message on stderr and a
/// documented exit code (<see cref="ExitCodes"/>). Anything else is a bug and keeps its stack trace.
/// </summary>
public static class CommandRunner
{
    public static int Run(ParseResult parse, Func<CliContext, int> action)
    {
        try
        {
            return action(EcoSpaceCommandLine.Context(parse));
        }
        catch (UnknownKindException e)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (SettingException e)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (UsageException e)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (InputFileException e)
        {
            return Fail(ExitCodes.InvalidInput, e.Message);
        }
        catch (GeoJsonException e)
        {
            return Fail(ExitCodes.InvalidInput, e.Message);
        }
        catch (StoreFileException e)
        {
            // Also the schema-version and busy cases (subclasses): all name the file.
            return Fail(ExitCodes.StoreError, $"project database {e.Message}");
        }
        catch (SqliteException e)
        {
            var context = EcoSpaceCommandLine.Context(parse);
            return Fail(ExitCodes.StoreError, $"project database '{context.DatabasePath}': {e.Message}; nothing was changed by this command");
        }
    }

    public static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine($"ecospace: {message}");
        return exitCode;
    }
}

/// <summary>The command line asks for something impossible (a message for the user, exit code 1).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>An input file cannot be read at all (exit code 2); the message names the file.</summary>
public sealed class InputFileException(string message, Exception? inner = null) : Exception(message, inner);
