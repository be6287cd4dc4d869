namespace Pipeline.Enrichment;

/// <summary>One entity of a document, once, with every mention.</summary>
public sealed record Entity
{
    public required string Text { get; init; }
    public required string Type { get; init; }
    public required IReadOnlyList<Mention> Mentions { get; init; }
    public int Count => Mentions.Count;
    public double Salience { get; init; }
    public string? Normalized { get; init; }
    public string? CountryCode { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }

    /// <summary>What produced it: "tagger", "gazetteer:countries", "rule:money", ...</summary>
    public required string Source { get; init; }
}
