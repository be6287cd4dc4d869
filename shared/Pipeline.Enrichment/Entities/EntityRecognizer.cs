namespace Pipeline.Enrichment;

internal sealed class EntityRecognizer
{
    public static EntityRecognizer Instance { get; } = new();

    public IReadOnlyList<Entity> Recognize(string text, string? title, DateTimeOffset? published) => [];
}
