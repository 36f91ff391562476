using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EcoSpace.Cli.Sample;
using EcoSpace.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcoSpace.Cli.Commands;

/// <summary>
/// <c>ecospace serve [--port P] [--bind ADDR] [--no-browser]</c>: the map app. Opens the project
/// (created from the sample when missing, as the overview does), serves it (EcoSpace.Web) until
/// Ctrl+C or SIGTERM, and opens the browser on it. Prints the address on stdout as
/// <c>EcoSpace map: http://…/</c>, which scripts and tests wait for.
/// </summary>
public static class ServeCommand
{
    public const string AddressLinePrefix = "EcoSpace map: ";

    public static Command Build()
    {
        var command = new Command("serve", "Serve the map app and the OGC API of the project on 127.0.0.1 and open the browser (Ctrl+C stops)");
        foreach (var option in ServeOptions.All)
            command.Options.Add(option);
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var request = ServeOptions.From(parse);
            OverviewCommand.EnsureProject(context);
            return Run(context, request);
        }));
        return command;
    }

    public static int Run(CliContext context, ServeRequest request)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(request.Address, request.Port));
        builder.AddEcoSpace(options =>
        {
            options.Database = context.DatabasePath;
            options.User = context.User;
            options.BasemapUrl = request.BasemapUrl;
            options.BasemapAttribution = request.BasemapAttribution;
        });
        using var app = builder.Build();
        app.UseEcoSpace();

        try
        {
            app.Start();
        }
        catch (IOException e) when (e.InnerException is SocketException or Microsoft.AspNetCore.Connections.AddressInUseException
            || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            return CommandRunner.Fail(ExitCodes.ServerError, request.Port == 0
                ? $"cannot listen on {request.Address}: {e.Message}"
                : $"port {request.Port} on {request.Address} is in use (another EcoSpace, or another program); " +
                  $"pass --port with another port, or --port 0 for any free one");
        }

        var url = Address(app, request);
        if (!IPAddress.IsLoopback(request.Address))
            Console.Error.WriteLine($"ecospace: warning: listening on {request.Address}: anyone who can reach this computer can read and edit the project (there is no login)");
        Console.Out.WriteLine($"{AddressLinePrefix}{url}  (project {context.DatabasePath}; Ctrl+C stops)");
        Console.Out.Flush();
        if (!request.NoBrowser)
            OpenBrowser(url);

        app.WaitForShutdown();
        Console.Out.WriteLine("EcoSpace map stopped");
        return ExitCodes.Ok;
    }

    /// <summary>The URL a browser opens: the bound port (the real one for --port 0); 0.0.0.0 and :: are reached as 127.0.0.1.</summary>
    private static string Address(WebApplication app, ServeRequest request)
    {
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        int port = bound is not null && Uri.TryCreate(bound.Replace("[::]", "[::1]").Replace("0.0.0.0", "127.0.0.1"), UriKind.Absolute, out var uri)
            ? uri.Port
            : request.Port;
        var host = request.Address.Equals(IPAddress.Any) || request.Address.Equals(IPAddress.IPv6Any)
            ? "127.0.0.1"
            : request.Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{request.Address}]" : request.Address.ToString();
        return $"http://{host}:{port}/";
    }

    /// <summary>xdg-open where there is a desktop to open on; otherwise the printed address is the way in.</summary>
    private static void OpenBrowser(string url)
    {
        bool desktop = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
        var opener = desktop ? FindOnPath("xdg-open") : null;
        if (opener is null)
        {
            Console.Out.WriteLine($"open {url} in a browser");
            return;
        }
        try
        {
            var start = new ProcessStartInfo(opener, [url])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Out.WriteLine($"could not start a browser ({e.Message}); open {url}");
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
