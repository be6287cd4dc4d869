namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A title-case headline capitalises its verb ("Minister Receives Envoy", "Council Extends Mandate"), and the tagger runs the
/// names beside it on over the verb. No name holds a headline's verb: a person or a place ends before it, a body that opens
/// with a listed one ends with it, and a body after the verb starts after it.
/// </summary>
public sealed class When_a_headline_verb_runs_into_a_name
{
    [Theory]
    [InlineData("- Deputy Minister Sutrisno Receives the Ambassador of Chile", "Sutrisno Receives")]
    [InlineData("- Foreign Minister Receives Phone Call from Secretary-General of the Arab League", "Receives Phone")]
    [InlineData("- Chargé d'Affaires Park Visits Royal University of Agriculture in Phnom Penh", "Park Visits Royal University of Agriculture")]
    [InlineData("- Security Council Extends Mandate of Panel Monitoring Arms Embargo on Somalia", "Security Council Extends Mandate")]
    [InlineData("- General Assembly Elects Three Judges of International Court of Justice", "General Assembly Elects Three Judges")]
    public void Should_keep_the_verb_out_of_every_name(string headline, string wrong) =>
        Assert.DoesNotContain(Enrich(headline).Entities, e => e.Text.StartsWith(wrong, StringComparison.Ordinal) || e.Text.EndsWith(wrong, StringComparison.Ordinal));

    [Theory]
    [InlineData("- Deputy Minister Sutrisno Receives the Ambassador of Chile", "Sutrisno", EntityTypes.Person)]
    [InlineData("- Chargé d'Affaires Park Visits Royal University of Agriculture in Phnom Penh", "Royal University of Agriculture", EntityTypes.Organization)]
    [InlineData("- General Assembly Elects Three Judges of International Court of Justice", "General Assembly", EntityTypes.Organization)]
    public void Should_keep_the_name_beside_the_verb(string headline, string name, string type) =>
        Assert.Contains(Enrich(headline).Entities, e => e.Text == name && e.Type == type);

    [Fact]
    public void Should_leave_a_sentence_in_lower_case_alone() =>
        Assert.Contains(Enrich("The ambassador said Jaime Ochoa receives visitors at the embassy on Tuesdays.").Entities,
            e => e.Text == "Jaime Ochoa" && e.Type == EntityTypes.Person);

    // The headline stands in a related-news list after an English story, as it does on a ministry's page.
    private static EnrichmentResult Enrich(string line) => new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = "The two delegations discussed trade, fisheries and consular matters, and agreed to meet again later in the year.\n\nRelated news\n" + line,
    });
}
