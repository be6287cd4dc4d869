namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A reporter's question opens on its auxiliary ("Will", "Has", "Can"), capitalised because it opens the sentence; the tagger
/// runs a body's name on over it. The auxiliary is no part of the body or place after it; a person named Will keeps the name.
/// </summary>
public sealed class When_a_question_opens_on_an_auxiliary
{
    [Theory]
    [InlineData("Will Coastal Shipping Services Limited resume sailings to the island next week?", "Coastal Shipping Services Limited")]
    [InlineData("Has Northgate Infrastructure Holdings Limited paid the first instalment yet?", "Northgate Infrastructure Holdings Limited")]
    public void Should_leave_the_auxiliary_out_of_the_body(string question, string body) =>
        Assert.DoesNotContain(Enrich(question).Entities, e => e.Text.EndsWith(body, StringComparison.Ordinal) && e.Text != body);

    [Fact]
    public void Should_keep_a_person_named_will() =>
        Assert.Contains(Enrich("Will Hargreaves told reporters the sailings would resume next week.").Entities,
            e => e.Type == EntityTypes.Person && e.Text == "Will Hargreaves");

    private static EnrichmentResult Enrich(string line) => new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = "The spokesperson took questions after the announcement on the ferry service and the port works.\n\n" + line,
    });
}
