namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Official texts define a body once by its name and its acronym in brackets, then use the acronym
/// ("the United Nations Mission to Support the Kivu Agreement (UNMSKA)", "UNMSKA will monitor").
/// The words before the brackets whose capitals spell the acronym are the whole name, where the
/// tagger cut it short or found only a place inside it; the acronym is a mention of that body, not a
/// second one. An office the acronym leaves out opens the name ("Office of the UN High
/// Commissioner for Refugees (UNHCR)"). French acronyms take more than a word's first letter ("Société Nationale
/// d'Electricité (SONEL)"), read through an elided article ("l'Eau"), and may leave out a last adjective ("Office
/// National de l'Eau et de l'Assainissement Rural (ONEA)"). No name starts inside one found before it ("The African
/// Union and the United Nations Office for ... (UNOCAGL)" does not start at "Union").
/// </summary>
public sealed class When_a_body_is_defined_by_its_acronym_in_brackets
{
    private const string Text = """
        GENEVA — The United Nations Mission to Support the Kivu Agreement (UNMSKA) will monitor the ceasefire line, and UNMSKA patrols will start on Monday. The Council on Trade and Confidence-Building Measures in Africa (CTCBA) met in Accra, where CTCBA adopted a declaration.

        The Office of the UN High Commissioner for Refugees (UNHCR) said 5,000 people had crossed. UNHCR asked for more funds.

        In Cameroon, the Société Nationale d'Electricité (SONEL) cut power to Douala, and SONEL blamed a dam. In Ouagadougou, the Office National de l'Eau et de l'Assainissement Rural (ONEA) said ONEA would ration water.

        The African Union and the United Nations Office for Central Africa and the Great Lakes (UNOCAGL) urged calm, and UNOCAGL sent an envoy.

        Much of the debt is linked to dams built for Électricité du Mali (EDM). Officials said EDM would sell two of them.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("United Nations Mission to Support the Kivu Agreement", 2)]
    [InlineData("Council on Trade and Confidence-Building Measures in Africa", 2)]
    [InlineData("Office of the UN High Commissioner for Refugees", 3)]
    [InlineData("Société Nationale d'Electricité", 2)]
    [InlineData("Office National de l'Eau et de l'Assainissement Rural", 2)]
    [InlineData("United Nations Office for Central Africa and the Great Lakes", 2)]
    [InlineData("Électricité du Mali", 2)]
    public void Should_find_the_whole_name_with_the_acronym_as_its_mentions(string name, int mentions) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name && e.Count >= mentions);

    [Fact]
    public void Should_find_no_acronym_or_piece_as_an_entity_of_its_own() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "UNMSKA" or "CTCBA" or "UNHCR" or "Africa" or "United Nations Mission to Support"
            or "SONEL" or "ONEA" or "Société Nationale" or "Office National" or "EDM" or "Électricité");
}
