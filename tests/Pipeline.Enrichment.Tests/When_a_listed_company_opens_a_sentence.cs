namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A listed organisation that opens a sentence is a name, even when a stopword list also holds
/// the word ("Microsoft", "Shell"), and even when the tagger runs it into a person's title and name
/// ("Bundesbank President Joachim Nagel").
/// </summary>
public sealed class When_a_listed_company_opens_a_sentence
{
    [Theory]
    [InlineData("Analysts expect more fines. Microsoft said on Monday it would appeal against the decision.", "Microsoft")]
    [InlineData("Oil prices fell again. Shell said on Tuesday it would sell its stake in the field.", "Shell")]
    [InlineData("Markets were calm. Bundesbank President Joachim Nagel said the bank should not move too fast.", "Bundesbank")]
    public void Should_find_the_organisation(string text, string name) =>
        Assert.Contains(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_still_find_the_person_after_the_title()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Markets were calm. Bundesbank President Joachim Nagel said the bank should not move too fast." }).Entities;
        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text == "Joachim Nagel");
        Assert.DoesNotContain(entities, e => e.Text.Contains("President", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_still_drop_a_common_word_that_opens_a_sentence() =>
        Assert.DoesNotContain(new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Meanwhile prices rose. However the bank waited." }).Entities,
            e => e.Text is "Meanwhile" or "However");
}
