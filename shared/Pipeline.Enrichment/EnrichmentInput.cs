namespace Pipeline.Enrichment;

/// <summary>The cleaned article the enricher works on.</summary>
public sealed record EnrichmentInput
{
    /// <summary>Article body, blocks separated by blank lines. Offsets in the result refer to this text.</summary>
    public required string Text { get; init; }
    public string? Title { get; init; }
    public string? Standfirst { get; init; }

    /// <summary>Publication date, when known; relative dates ("on Tuesday") resolve against it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The language the source declares, a hint for short texts.</summary>
    public string? DeclaredLanguage { get; init; }
}
