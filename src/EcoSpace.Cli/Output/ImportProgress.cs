using Spectre.Console;

namespace EcoSpace.Cli.Output;

/// <summary>
/// A progress bar over the bytes of the input file, shown only when stdout is a terminal and the
/// file is large enough to wait for; otherwise the import runs silently.
/// </summary>
public static class ImportProgress
{
    private const long WorthABarBytes = 4 << 20;

    public static T Show<T>(Stream input, Func<IProgress<int>?, T> import, bool enabled)
    {
        if (!enabled || Console.IsOutputRedirected || !input.CanSeek || input.Length < WorthABarBytes)
            return import(null);

        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("importing", maxValue: input.Length);
                var result = import(new BytesRead(input, task));
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Reports the stream position, whatever count the importer passes.</summary>
    private sealed class BytesRead(Stream input, ProgressTask task) : IProgress<int>
    {
        public void Report(int featuresRead) => task.Value = input.Position;
    }
}
