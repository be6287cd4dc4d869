namespace Pipeline.Extraction;

/// <summary>
/// What one input yielded: usually one document, several for containers such as feeds.
/// </summary>
public sealed record ExtractionResult
{
    public required DocumentFormat Format { get; init; }
    public required string MediaType { get; init; }

    /// <summary>The character encoding the text was decoded from, when the format is text-based.</summary>
    public string? Encoding { get; init; }

    public required IReadOnlyList<ExtractedDocument> Documents { get; init; }
}
