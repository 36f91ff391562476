using System.Diagnostics;
using System.Text;

namespace EcoSpace.Cli.Tests.Support;

/// <summary>
/// <c>ecospace</c> running as a server (no command, or <c>serve</c>) in its own process: started, waited
/// for until it prints its address, and stopped as Ctrl+C stops it (SIGINT), so a test sees the clean
/// shutdown a user sees.
/// </summary>
public sealed class ServerProcess : IDisposable
{

    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly TaskCompletionSource<string> address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServerProcess(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = Ecospace.StartInfo(workingDirectory, environment, args);

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (stdout)
                stdout.AppendLine(e.Data);
            if (e.Data.StartsWith("EcoSpace map: ", StringComparison.Ordinal))
                address.TrySetResult(e.Data["EcoSpace map: ".Length..].Split(' ')[0]);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (stderr)
                stderr.AppendLine(e.Data);
        };
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"ecospace exited ({process.ExitCode}) before serving:\n{Stdout}\n{Stderr}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Stdout { get { lock (stdout) return stdout.ToString(); } }

    public string Stderr { get { lock (stderr) return stderr.ToString(); } }

    /// <summary>The address it printed (e.g. http://127.0.0.1:40123/), once it serves.</summary>
    public async Task<string> Address()
    {
        var timeout = Task.Delay(TimeSpan.FromSeconds(90));
        if (await Task.WhenAny(address.Task, timeout) == timeout)
            throw new TimeoutException($"ecospace printed no address in 90 s:\n{Stdout}\n{Stderr}");
        return await address.Task;
    }

    /// <summary>Waits for the process to end by itself (a server that could not start).</summary>
    public async Task<Ecospace.Outcome> Exit()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit(); // flushes the redirected output
        return new Ecospace.Outcome(process.ExitCode, Stdout, Stderr);
    }

    /// <summary>Ctrl+C: SIGINT, then the exit code and everything it printed.</summary>
    public async Task<Ecospace.Outcome> Interrupt()
    {
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        return await Exit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
