using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Contracts;
using Pipeline.Messaging.Drops;
using Pipeline.Publish;
using Pipeline.Storage;

namespace Pipeline.Cli.Embedded;

/// <summary>
/// Drops each file into the in-memory ingest queue as a request, then waits for each document the
/// drop made to come out of publish (or fail). Unchanged documents are read back from the store.
/// </summary>
internal sealed class EmbeddedRunner(IServiceProvider services, TimeSpan timeout)
{
    private readonly IRequestClient<DropDocument> _client = services.GetRequiredService<IRequestClient<DropDocument>>();
    private readonly RunOutcomes _outcomes = services.GetRequiredService<RunOutcomes>();
    private readonly IDocumentStore _store = services.GetRequiredService<IDocumentStore>();

    public async Task<DocumentRun> RunAsync(FileInfo input, string? source, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var drop = new DropDocument { FileName = input.Name, Source = source, Content = await File.ReadAllBytesAsync(input.FullName, cancellationToken) };
        DropAccepted accepted;
        try
        {
            var response = await _client.GetResponse<DropAccepted>(drop, request => request.UseExecute(send => send.Serializer = new DropSerializer()),
                cancellationToken, RequestTimeout.After(ms: (int)timeout.TotalMilliseconds));
            accepted = response.Message;
        }
        catch (RequestFaultException fault)
        {
            return new DocumentRun { Input = input, Failures = [$"ingest: {fault.Fault?.Exceptions.FirstOrDefault()?.Message ?? fault.Message}"], Milliseconds = Elapsed(started) };
        }

        var published = new List<DocumentPublished>();
        var failures = new List<string>();
        var unchanged = new List<string>();
        foreach (var document in accepted.Documents)
        {
            if (!document.Changed)
            {
                if (await ReadBackAsync(document.DocumentId, cancellationToken) is { } previous) published.Add(previous);
                else failures.Add($"unchanged since version {document.Version}, which never reached publish (see 'pipeline errors list')");
                unchanged.Add(document.DocumentId);
                continue;
            }
            try
            {
                switch (await _outcomes.WaitAsync(document.DocumentId, timeout, cancellationToken))
                {
                    case DocumentPublished message: published.Add(message); break;
                    case DocumentFailed failed: failures.Add($"{failed.Stage}: {failed.Reason}"); break;
                }
            }
            catch (TimeoutException)
            {
                failures.Add($"no result within {timeout.TotalSeconds:0} s");
            }
        }
        return new DocumentRun { Input = input, Published = published, Failures = failures, Unchanged = unchanged, Milliseconds = Elapsed(started) };
    }

    /// <summary>An unchanged document publishes nothing; its last public payload is rebuilt from its versions.</summary>
    private async Task<DocumentPublished?> ReadBackAsync(string documentId, CancellationToken cancellationToken)
    {
        var enriched = await _store.GetLatestVersionAsync(documentId, Messaging.Stages.Enrich, cancellationToken);
        if (enriched?.ParentVersion is not { } cleanedVersion) return null;
        var cleaned = await _store.GetVersionAsync(documentId, cleanedVersion, cancellationToken);
        if (cleaned?.ParentVersion is not { } ingestedVersion) return null;
        var ingested = await _store.GetVersionAsync(documentId, ingestedVersion, cancellationToken);
        return ingested is null ? null
            : PublicEventBuilder.Build(ingested, cleaned, enriched, 0, "pipeline-cli", enriched.TraceId, DateTimeOffset.UtcNow);
    }

    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
