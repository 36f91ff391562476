using System.Text.Json;
using EcoSpace.Data;
using EcoSpace.Formats.Documents;
using EcoSpace.Web.Config;
using EcoSpace.Web.Conflicts;
using EcoSpace.Web.Exchange;
using EcoSpace.Web.Features;
using EcoSpace.Web.History;
using EcoSpace.Web.Indicators;
using EcoSpace.Web.Maps;
using EcoSpace.Web.Measure;
using EcoSpace.Web.Ogc;
using EcoSpace.Web.Schema;
using EcoSpace.Web.Tiles;
using Microsoft.Extensions.Options;

namespace EcoSpace.Web.Hosting;

/// <summary>
/// The server's composition, shared by EcoSpace.Web's Program (and so WebApplicationFactory) and
/// <c>ecospace serve</c>: services, then middleware and every area's endpoints.
/// </summary>
public static class EcoSpaceServer
{
    /// <summary>
    /// Adds EcoSpace's services; <paramref name="configure"/> sets the options over what the
    /// configuration section <c>EcoSpace</c> says. Opens the project once, so that a missing or
    /// unusable file fails the start (with its name) rather than every request.
    /// </summary>
    public static WebApplicationBuilder AddEcoSpace(this WebApplicationBuilder builder, Action<ServerOptions>? configure = null)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(ServerOptions.Section);
        services.Configure<ServerOptions>(section);
        if (configure is not null)
            services.Configure(configure);

        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = DocumentJson.Options.Encoder;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<StoreExceptionHandler>();
        services.AddSingleton<StoreAccess>();
        services.AddScoped(provider => provider.GetRequiredService<StoreAccess>().Open());
        services.AddSingleton<EditUser>();
        services.AddSingleton<ClientFiles>();
        services.AddSingleton<LayerStates>();
        services.AddSingleton<LayerStatistics>();
        services.AddSingleton<TileLayers>();
        services.AddSingleton<TileCache>();
        services.AddSingleton<ProjectAnswers>();
        services.AddMemoryCache();
        return builder;
    }

    /// <summary>Middleware and endpoints. Call on the built application.</summary>
    public static WebApplication UseEcoSpace(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.Database))
            throw new StoreFileException("", $"no project database given: set {ServerOptions.Section}:Database (ecospace serve --db PATH)");
        using (app.Services.GetRequiredService<StoreAccess>().Open())
        {
            // Opening checks the file and brings an older schema up to date before the first request.
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Services.GetRequiredService<ClientFiles>().Use(app);
        app.UseRouting();

        app.MapLandingEndpoints();
        app.MapCollectionEndpoints();
        app.MapFeatureEndpoints();
        app.MapEditEndpoints();
        app.MapTileEndpoints();
        app.MapIndicatorEndpoints();
        app.MapConflictEndpoints();
        app.MapHistoryEndpoints();
        app.MapMapEndpoints();
        app.MapSchemaEndpoints();
        app.MapMeasureEndpoints();
        app.MapExchangeEndpoints();
        app.MapConfigEndpoints();
        return app;
    }
}
