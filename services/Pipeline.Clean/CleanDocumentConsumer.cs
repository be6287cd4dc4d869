using System.Diagnostics;
using MassTransit;
using Pipeline.Cleaning;
using Pipeline.Contracts;
using Pipeline.Messaging;
using Pipeline.Storage;
using Pipeline.Storage.VersionData;

namespace Pipeline.Clean;

/// <summary>Makes the clean version of an ingested version: the article without the site around it.</summary>
public sealed partial class CleanDocumentConsumer(
    IDocumentStore store, VersionCommitter committer, ArticleCleaner cleaner, SourceProfiles profiles, ILogger<CleanDocumentConsumer> logger)
    : IConsumer<DocumentIngested>
{
    private static readonly StageIdentity Identity = StageIdentity.Of<CleanDocumentConsumer>(Stages.Clean);

    public async Task Consume(ConsumeContext<DocumentIngested> context)
    {
        var (documentId, version) = (context.Message.DocumentId, context.Message.Version);
        using var activity = PipelineTelemetry.StartStage(Stages.Clean, documentId, version);
        using var scope = logger.BeginDocumentScope(documentId, version);
        var ingested = await store.GetVersionAsync(documentId, version, context.CancellationToken)
            ?? throw new InvalidOperationException($"Version {version} of {documentId} is not in the store.");
        var profile = await profiles.LoadAsync(SourceProfiles.KeyOf(ingested), context.CancellationToken);
        var started = Stopwatch.GetTimestamp();
        var text = await store.ReadTextAsync(ingested, context.CancellationToken);

        var cleaned = cleaner.Clean(new CleaningInput
        {
            Text = text,
            // Markdown renders to HTML without the page structure main-content extraction reads;
            // its text goes through the text cleaner instead.
            Html = ingested.Format == "markdown" ? null : ingested.Markup,
            Title = ingested.Title,
            // These formats name their title; for text, Markdown and a page read as text ingest guessed it.
            TitleFromStructure = ingested.Format is "pdf" or "docx" or "email" or "json" or "feed",
            Url = ingested.Metadata.GetValueOrDefault(MetadataKeys.Url) ?? ingested.Source,
        }, profile.Profile);
        if (string.IsNullOrWhiteSpace(cleaned.Text))
            throw new UnprocessableDocumentException("no-article", "Clean found no article text in the document.") { DocumentId = documentId, Version = version };

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var draft = Identity.Derive(ingested, elapsed) with
        {
            ContentHash = ContentHash.Of(cleaned.Text),
            Title = cleaned.Title ?? ingested.Title,
            Text = cleaned.Text,
            Language = cleaned.DeclaredLanguage,
            Metadata = MetadataOf(cleaned),
            Data = VersionDataJson.Serialize(new CleaningData { Removed = cleaned.Removed.Select(r => new RemovedBlockData(r.Text, r.Reason)).ToList() }),
        };
        var result = await committer.CommitAsync(context, draft, v => new DocumentCleaned { DocumentId = v.DocumentId, Version = v.Version });
        if (result.Created) await profiles.LearnAsync(profile, cleaned, context.CancellationToken);

        PipelineTelemetry.RecordStage(Stages.Clean, result.Created, elapsed);
        LogCleaned(logger, documentId, result.Version.Version, version, cleaned.Removed.Count, cleaned.Text.Length);
    }

    private static Dictionary<string, string> MetadataOf(CleanedDocument cleaned)
    {
        var metadata = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) metadata[key] = value;
        }
        Add(MetadataKeys.Standfirst, cleaned.Standfirst);
        Add(MetadataKeys.Author, cleaned.Author);
        Add(MetadataKeys.Published, cleaned.Published);
        Add(MetadataKeys.Dateline, cleaned.Dateline);
        Add(MetadataKeys.SiteName, cleaned.SiteName);
        Add(MetadataKeys.CanonicalUrl, cleaned.CanonicalUrl);
        Add(MetadataKeys.DeclaredLanguage, cleaned.DeclaredLanguage);
        return metadata;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cleaned document {DocumentId} version {Version} from version {Parent}: {Removed} blocks removed, {Characters} characters kept")]
    private static partial void LogCleaned(ILogger logger, string documentId, int version, int parent, int removed, int characters);
}
