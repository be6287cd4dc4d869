using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Storage.VersionData;

namespace Pipeline.Publish;

/// <summary>Assembles the public event from a document's ingest, clean and enrich versions.</summary>
public static class PublicEventBuilder
{
    public static DocumentPublished Build(DocumentVersion ingested, DocumentVersion cleaned, DocumentVersion enriched,
        double publishMilliseconds, string publishService, string? traceId, DateTimeOffset now)
    {
        var data = VersionDataJson.Deserialize<EnrichmentData>(enriched.Data) ?? new EnrichmentData();
        string? Meta(string key) => cleaned.Metadata.GetValueOrDefault(key);
        return new DocumentPublished
        {
            DocumentId = enriched.DocumentId,
            Version = enriched.Version,
            Source = ingested.Source ?? ingested.FileName ?? enriched.DocumentId,
            FileName = ingested.FileName,
            ContentHash = ingested.ContentHash,
            ContentType = ingested.ContentType,
            Format = ingested.Format,
            Title = enriched.Title,
            Standfirst = Meta(MetadataKeys.Standfirst),
            Author = Meta(MetadataKeys.Author),
            Published = Meta(MetadataKeys.Published),
            Dateline = Meta(MetadataKeys.Dateline),
            SiteName = Meta(MetadataKeys.SiteName),
            CanonicalUrl = Meta(MetadataKeys.CanonicalUrl),
            Text = enriched.Text,
            Language = enriched.Language,
            LanguageConfidence = data.LanguageConfidence,
            Entities = data.Entities,
            Keywords = data.Keywords,
            Summary = data.Summary,
            Categories = data.Categories,
            Sentiment = data.Sentiment,
            WordCount = data.WordCount,
            ReadingTimeMinutes = data.ReadingTimeMinutes,
            Fingerprint = data.Fingerprint,
            DuplicateOf = data.DuplicateOf,
            ClusterId = data.ClusterId,
            NotProduced = data.NotProduced,
            StageTimings =
            [
                Timing(ingested), Timing(cleaned), Timing(enriched),
                new StageTiming("publish", enriched.Version, Math.Round(publishMilliseconds, 3), publishService),
            ],
            TraceId = traceId,
            EmittedAt = now,
        };
    }

    private static StageTiming Timing(DocumentVersion version) =>
        new(version.Stage, version.Version, Math.Round(version.DurationMs, 3), $"{version.Service}/{version.ServiceVersion}");
}
