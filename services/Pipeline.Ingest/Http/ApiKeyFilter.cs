using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Ingest.Http;

/// <summary>
/// The documents API's guard: the key in <c>X-Api-Key</c> must equal <c>PIPELINE_API_KEY</c>.
/// Without a configured key the API is off (503), so a service started without one is never open.
/// </summary>
internal sealed class ApiKeyFilter(IngestOptions options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.ApiKey is null)
            return new ApiError("api-disabled", "The documents API is off: set PIPELINE_API_KEY on the ingest service to turn it on.").As(StatusCodes.Status503ServiceUnavailable);
        var given = context.HttpContext.Request.Headers[Header].ToString();
        // Constant-time comparison: the time a wrong key takes says nothing about the right one.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey)))
            return new ApiError("unauthorized", $"Send the API key in the {Header} header.").As(StatusCodes.Status401Unauthorized);
        return await next(context);
    }
}
