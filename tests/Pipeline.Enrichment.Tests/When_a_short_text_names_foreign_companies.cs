namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A short English brief full of foreign names ("Deutsche Telekom", "Iberdrola", "Valencia") is English: its stop words say
/// so once it has fifteen words, before an n-gram model weighs the names. A short German or Spanish brief is still read in
/// its own language.
/// </summary>
public sealed class When_a_short_text_names_foreign_companies
{
    [Theory]
    [InlineData("Nokia was advised by Grant Thornton on the deal, while Iberdrola bid for the wind farm off Valencia. Vodafone and Deutsche Telekom declined to comment.", "en")]
    [InlineData("Die Deutsche Telekom hat am Montag mitgeteilt, dass sie die Preise für ihre Kunden in der nächsten Woche erhöhen wird.", "de")]
    [InlineData("La empresa Iberdrola dijo el lunes que no va a pujar por el parque eólico que se construye frente a la costa de Valencia.", "es")]
    public void Should_read_the_language_of_its_words(string text, string language) =>
        Assert.Equal(language, new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Language);
}
