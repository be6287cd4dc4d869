namespace Pipeline.Extraction;

/// <summary>
/// One document's text and metadata. <see cref="Text"/> keeps the structure: one paragraph,
/// heading or list item per block, blocks separated by a blank line.
/// </summary>
public sealed record ExtractedDocument
{
    public string? Title { get; init; }
    public required string Text { get; init; }

    /// <summary>
    /// Set when the text went to the caller's text sink (UTF-8, no byte-order mark) instead of
    /// <see cref="Text"/>, which is then empty: the text's length in characters. See
    /// <see cref="ExtractionOptions.StreamingThresholdBytes"/>.
    /// </summary>
    public long? SinkCharacters { get; init; }

    /// <summary>
    /// The decoded markup when the source is (or carries) HTML; the clean stage reads it. Null for a
    /// page whose text went to a sink: <c>Metadata["markup"]</c> then says why.
    /// </summary>
    public string? Html { get; init; }

    /// <summary>The item's own URL or id, when a container (feed, JSON) names one.</summary>
    public string? Url { get; init; }

    /// <summary>Stable key of an item inside a container, e.g. a feed entry's guid.</summary>
    public string? ItemKey { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
