using System.Diagnostics;
using System.Globalization;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Enrichment;
using Pipeline.Messaging;
using Pipeline.Storage;
using Pipeline.Storage.VersionData;

namespace Pipeline.Enrich;

/// <summary>Makes the enriched version of a cleaned version.</summary>
public sealed partial class EnrichDocumentConsumer(
    IDocumentStore store, VersionCommitter committer, DocumentEnricher enricher, NearDuplicates nearDuplicates, ILogger<EnrichDocumentConsumer> logger)
    : IConsumer<DocumentCleaned>
{
    private static readonly StageIdentity Identity = StageIdentity.Of<EnrichDocumentConsumer>(Stages.Enrich);

    public async Task Consume(ConsumeContext<DocumentCleaned> context)
    {
        var (documentId, version) = (context.Message.DocumentId, context.Message.Version);
        using var activity = PipelineTelemetry.StartStage(Stages.Enrich, documentId, version);
        using var scope = logger.BeginDocumentScope(documentId, version);
        var cleaned = await store.GetVersionAsync(documentId, version, context.CancellationToken)
            ?? throw new InvalidOperationException($"Version {version} of {documentId} is not in the store.");
        var started = Stopwatch.GetTimestamp();

        var result = enricher.Enrich(new EnrichmentInput
        {
            Text = cleaned.Text,
            Title = cleaned.Title,
            Standfirst = cleaned.Metadata.GetValueOrDefault(MetadataKeys.Standfirst),
            Author = cleaned.Metadata.GetValueOrDefault(MetadataKeys.Author),
            SiteName = cleaned.Metadata.GetValueOrDefault(MetadataKeys.SiteName),
            FileName = cleaned.FileName,
            Published = ParseDate(cleaned.Metadata.GetValueOrDefault(MetadataKeys.Published)),
            DeclaredLanguage = cleaned.Language,
        });
        activity?.SetTag("document.language", result.Language);
        var duplicate = await nearDuplicates.ResolveAsync(documentId, version, result.Fingerprint, context.CancellationToken);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var draft = Identity.Derive(cleaned, elapsed) with
        {
            Language = result.Language,
            Data = VersionDataJson.Serialize(EnrichmentMapping.ToData(result) with { DuplicateOf = duplicate.DuplicateOf, ClusterId = duplicate.ClusterId }),
        };
        var committed = await committer.CommitAsync(context, draft, v => new DocumentEnriched { DocumentId = v.DocumentId, Version = v.Version });

        PipelineTelemetry.RecordStage(Stages.Enrich, committed.Created, elapsed);
        LogEnriched(logger, documentId, committed.Version.Version, version, result.Language, result.Entities.Count);
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Enriched document {DocumentId} version {Version} from version {Parent}: language {Language}, {Entities} entities")]
    private static partial void LogEnriched(ILogger logger, string documentId, int version, int parent, string language, int entities);
}
