namespace Pipeline.Enrichment.Tests;

public sealed class When_a_document_is_not_in_english
{
    private const string German = """
        Die Bundesregierung hat am Montag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.
        Das Gesetz soll den Ausbau von Windkraft und Solarenergie in den kommenden Jahren deutlich beschleunigen.
        Nach Angaben des Ministeriums sollen die Investitionen in erneuerbare Energien bis 2030 verdoppelt werden.
        Kritiker bemängeln, dass der Ausbau der Stromnetze mit dem Tempo der erneuerbaren Energien nicht Schritt hält.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = German });

    [Fact]
    public void Should_detect_its_language()
    {
        Assert.Equal("de", Result.Language);
        Assert.True(Result.LanguageConfidence > 0.5);
    }

    [Fact]
    public void Should_still_give_keywords_without_its_stop_words_and_a_summary_and_counts()
    {
        Assert.Contains(Result.Keywords, k => k.Text.Contains("erneuerbare", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Keywords, k => k.Text.Split(' ').Any(w => w is "der" or "die" or "und" or "den"));
        Assert.NotEmpty(Result.Summary);
        Assert.Equal(58, Result.WordCount);
    }

    [Fact]
    public void Should_say_which_fields_are_not_produced_and_why()
    {
        Assert.Empty(Result.Entities);
        Assert.Empty(Result.Categories);
        Assert.Null(Result.Sentiment);
        Assert.Contains(Result.NotProduced, n => n.StartsWith("entities: language 'de'", StringComparison.Ordinal));
        Assert.Contains(Result.NotProduced, n => n.StartsWith("sentiment:", StringComparison.Ordinal));
    }
}
