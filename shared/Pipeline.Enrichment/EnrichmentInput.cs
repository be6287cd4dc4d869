namespace Pipeline.Enrichment;

/// <summary>The cleaned article the enricher works on.</summary>
public sealed record EnrichmentInput
{
    /// <summary>Article body, blocks separated by blank lines. Offsets in the result refer to this text, or to the title or standfirst where a mention says so.</summary>
    public required string Text { get; init; }

    /// <summary>Headline; entities named in it are found too, unless it is only the file's name.</summary>
    public string? Title { get; init; }

    /// <summary>The sentence or two under the headline; read for entities when the text does not hold it.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The byline's names, when the cleaner took the byline off the text ("Ana Ruiz and Tom Lee"); each that reads as a person's name is a person.</summary>
    public string? Author { get; init; }

    /// <summary>The site or the body that published it (a masthead, a release's sender); when it reads as a name it is an organisation.</summary>
    public string? SiteName { get; init; }

    /// <summary>The dropped file's name: a title that merely repeats it names nothing.</summary>
    public string? FileName { get; init; }

    /// <summary>Publication date, when known; relative dates ("on Tuesday") resolve against it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The language the source declares, a hint for short texts.</summary>
    public string? DeclaredLanguage { get; init; }
}
