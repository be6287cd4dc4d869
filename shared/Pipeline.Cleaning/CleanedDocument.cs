namespace Pipeline.Cleaning;

/// <summary>The article without boilerplate, with the metadata clean could establish.</summary>
public sealed record CleanedDocument
{
    public string? Title { get; init; }

    /// <summary>Article body: one block per paragraph, heading, list item or quote, blank line between blocks.</summary>
    public required string Text { get; init; }

    public string? Standfirst { get; init; }
    public string? Author { get; init; }

    /// <summary>Publication date, ISO 8601.</summary>
    public string? Published { get; init; }

    /// <summary>The place a news story is filed from, e.g. "MOSCOW" before the dash.</summary>
    public string? Dateline { get; init; }

    public string? SiteName { get; init; }
    public string? CanonicalUrl { get; init; }

    /// <summary>The language the page declares (e.g. html lang), not a detection.</summary>
    public string? DeclaredLanguage { get; init; }

    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];
}
