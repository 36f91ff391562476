using EcoSpace.Core.Schema;
using EcoSpace.Data;
using EcoSpace.Formats.GeoJson;
using Microsoft.AspNetCore.Diagnostics;

namespace EcoSpace.Web.Hosting;

/// <summary>
/// Turns the failures a request can cause into problem+json answers that say what and where: an
/// unknown kind (404, listing the kinds), broken JSON in a body (400, with line and byte), a busy
/// store (503, retry), an unusable project file (500, naming it). Anything else is a bug: 500, logged.
/// </summary>
public sealed class StoreExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        (int status, string title, string detail)? answer = exception switch
        {
            UnknownKindException e => (StatusCodes.Status404NotFound, "Not found", e.Message),
            GeoJsonException e => (StatusCodes.Status400BadRequest, "Bad request", $"the body is not readable GeoJSON: {e.Message}"),
            StoreBusyException e => (StatusCodes.Status503ServiceUnavailable, "Busy", $"project database {e.Message}"),
            StoreFileException e => (StatusCodes.Status500InternalServerError, "Project database unusable", $"project database {e.Message}"),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
            _ => null,
        };
        if (answer is not { } a)
            return false;
        context.Response.StatusCode = a.status;
        if (a.status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = a.status, Title = a.title, Detail = a.detail },
        });
    }
}
