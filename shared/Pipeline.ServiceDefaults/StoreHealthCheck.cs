using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pipeline.Storage;

namespace Pipeline.ServiceDefaults;

/// <summary>Healthy when the store answers a one-row query.</summary>
internal sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ListDocumentsAsync(1, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The document store does not answer.", exception);
        }
    }
}
