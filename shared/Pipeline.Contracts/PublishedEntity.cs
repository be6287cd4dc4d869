namespace Pipeline.Contracts;

/// <summary>One entity of a document, once, with all its mentions.</summary>
public sealed record PublishedEntity
{
    /// <summary>Canonical name: the fullest form the document introduces.</summary>
    public required string Text { get; init; }
    /// <summary>PERSON, ORG, LOC, NORP, DATE, MONEY, PERCENT or QUANTITY.</summary>
    public required string Type { get; init; }
    public required int Count { get; init; }
    public double Salience { get; init; }
    /// <summary>Normalised value: ISO 8601 date, ISO 3166 code, or amount with ISO 4217 currency.</summary>
    public string? Normalized { get; init; }
    public string? CountryCode { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    /// <summary>Which rule or model produced it, e.g. <c>tagger</c>, <c>gazetteer:countries</c>, <c>rule:money</c>.</summary>
    public string? Source { get; init; }
    public IReadOnlyList<PublishedMention> Mentions { get; init; } = [];
}
