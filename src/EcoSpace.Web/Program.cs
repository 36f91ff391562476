using EcoSpace.Web.Hosting;

// Composition only: EcoSpaceServer adds the services and maps every area's endpoints.
// dotnet run --project src/EcoSpace.Web -- --EcoSpace:Database=/path/to/ecospace.gpkg [--urls http://127.0.0.1:8765]
var builder = WebApplication.CreateBuilder(args);
builder.AddEcoSpace();
var app = builder.Build();
app.UseEcoSpace();
app.Run();
