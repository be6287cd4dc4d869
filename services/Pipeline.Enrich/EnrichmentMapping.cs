using System.Globalization;
using Pipeline.Contracts;
using Pipeline.Enrichment;
using Pipeline.Storage.VersionData;

namespace Pipeline.Enrich;

/// <summary>From the enricher's result to what the version stores (the public event's shapes).</summary>
internal static class EnrichmentMapping
{
    public static EnrichmentData ToData(EnrichmentResult result) => new()
    {
        LanguageConfidence = result.LanguageConfidence,
        Entities = result.Entities.Select(e => new PublishedEntity
        {
            Text = e.Text,
            Type = e.Type,
            Count = e.Count,
            Salience = e.Salience,
            Normalized = e.Normalized,
            CountryCode = e.CountryCode,
            Amount = e.Amount,
            Currency = e.Currency,
            Source = e.Source,
            Mentions = e.Mentions.Select(m => new PublishedMention(m.Start, m.End, m.Text, m.Field)).ToList(),
        }).ToList(),
        Keywords = result.Keywords.Select(k => k.Text).ToList(),
        Summary = result.Summary,
        Categories = result.Categories.Select(c => new PublishedCategory(c.Code, c.Label, c.Score)).ToList(),
        Sentiment = result.Sentiment,
        WordCount = result.WordCount,
        ReadingTimeMinutes = result.ReadingTimeMinutes,
        Fingerprint = result.Fingerprint.ToString("x16", CultureInfo.InvariantCulture),
        NotProduced = result.NotProduced,
    };
}
