namespace Pipeline.Cleaning;

/// <summary>What the clean stage knows about a document when it starts.</summary>
public sealed record CleaningInput
{
    /// <summary>The text ingest extracted (blocks separated by blank lines).</summary>
    public required string Text { get; init; }

    /// <summary>The decoded markup when the document is (or carries) HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The title ingest found, only a hint.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The title comes from the document's own structure (a PDF's headline or properties, a DOCX
    /// title, an e-mail subject, a JSON field), not from a guess at a scraped text's first line.
    /// The text cleaner then takes it as the headline and keeps what follows it, where it would
    /// otherwise take the last line above the first paragraph and drop everything before that.
    /// </summary>
    public bool TitleFromStructure { get; init; }

    /// <summary>The document's URL when known; resolves relative links and names the site.</summary>
    public string? Url { get; init; }
}
