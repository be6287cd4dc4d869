using Pipeline.Contracts;
using Pipeline.Storage;

namespace Pipeline.Ingest.Http;

/// <summary><c>GET /documents/{id}</c>: the document's versions, whether its public event went out, and its failures.</summary>
internal static class StatusEndpoint
{
    public static async Task<IResult> HandleAsync(string id, IDocumentStore store, CancellationToken cancellationToken)
    {
        var versions = await store.GetVersionsAsync(id, cancellationToken);
        var failures = await store.GetFailuresAsync(id, cancellationToken);
        if (versions.Count == 0 && failures.Count == 0)
            return new ApiError("not-found", $"No document '{id}': nothing stored, nothing failed under that id.").As(StatusCodes.Status404NotFound);
        var head = await store.GetDocumentAsync(id, cancellationToken);
        var events = await store.GetPublishedEventsAsync(id, cancellationToken);
        var published = events.Where(e => e.EventName == nameof(DocumentPublished)).MaxBy(e => e.Version);
        return Results.Ok(new DocumentStatus
        {
            DocumentId = id,
            Source = head?.Source,
            FileName = head?.FileName,
            Title = head?.Title,
            LatestVersion = head?.LatestVersion ?? 0,
            Published = published is not null,
            PublishedVersion = published?.Version,
            PublishedAt = published?.At,
            Versions = versions.Select(v => new VersionStatus(v.Version, v.Stage, v.ParentVersion, v.CreatedAt, v.DurationMs,
                $"{v.Service}/{v.ServiceVersion}", events.Where(e => e.Version == v.Version).Select(e => e.EventName).ToList())).ToList(),
            Failures = failures.Select(f => new FailureStatus(f.Stage, f.Version, f.Code, f.Reason, f.At, f.TraceId)).ToList(),
        });
    }
}
