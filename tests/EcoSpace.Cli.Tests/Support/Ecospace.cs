using System.Diagnostics;
using System.Text;

namespace EcoSpace.Cli.Tests.Support;

/// <summary>Runs the real <c>ecospace</c> executable (built beside the tests) as a separate process.</summary>
public static class Ecospace
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }

    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "ecospace.dll");

    public static Outcome Run(params string[] args) => RunIn(Directory.GetCurrentDirectory(), null, args);

    public static Outcome RunIn(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = StartInfo(workingDirectory, environment, args);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ecospace {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>`dotnet exec ecospace.dll ARGS` in the folder, output captured as UTF-8, without the caller's $ECOSPACE_DB.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IDictionary<string, string>? environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ECOSPACE_DB"] = "";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        return start;
    }
}
