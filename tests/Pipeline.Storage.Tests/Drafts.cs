using Pipeline.Storage;

namespace Pipeline.Storage.Tests;

/// <summary>Version drafts as stages write them.</summary>
internal static class Drafts
{
    public static DocumentVersion Ingest(string documentId, string key, string text = "Body text.") => new()
    {
        DocumentId = documentId,
        Stage = "ingest",
        Key = key,
        Service = "pipeline-ingest",
        ServiceVersion = "1.2.3",
        ContentHash = ContentHash.Of(text),
        Title = "A title",
        Text = text,
        Source = "https://news.example/story",
        FileName = "story.html",
    };

    public static DocumentVersion Derived(string documentId, string stage, int parent, string text = "Cleaned text.") => new()
    {
        DocumentId = documentId,
        Stage = stage,
        ParentVersion = parent,
        Key = $"{stage}:{parent}",
        Service = $"pipeline-{stage}",
        ServiceVersion = "1.2.3",
        ContentHash = ContentHash.Of(text),
        Text = text,
    };
}
