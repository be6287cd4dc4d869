namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A scraped page opens with its masthead in capitals over its menu ("DANUBE LEDGER"); where the text writes the same words
/// in ordinary case elsewhere (in its publisher's name, "Danube Ledger Media SRL"), the masthead is that organisation. Over a
/// state's release, "REPUBLIC OF ZAMBIA" is the country. Capitals the text never writes otherwise ("PRESS RELEASE") name nothing.
/// </summary>
public sealed class When_a_page_opens_with_its_masthead_in_capitals
{
    private const string Page = """
        Skip to content
        DANUBE LEDGER
        Romania | Moldova | Business | Justice | Energy | Opinion

        Romania's Constitutional Court struck down the turnover tax on large banks on Wednesday, ruling that it breached the
        principle of fiscal equality. The finance ministry said it would study the ruling.

        © 2026 Danube Ledger Media SRL, Bucharest. All rights reserved.
        """;

    private const string Release = """
        REPUBLIC OF ZAMBIA
        PRESS RELEASE

        The Minister of Foreign Affairs of the Republic of Zambia held a call with her counterpart from Mozambique on Tuesday
        on the Nacala corridor and on the security of the railway line.
        """;

    [Fact]
    public void Should_name_the_masthead_as_the_text_writes_it()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Page });
        var masthead = Assert.Single(result.Entities, e => e.Text == "Danube Ledger");
        Assert.Equal(EntityTypes.Organization, masthead.Type);
        Assert.DoesNotContain(result.Entities, e => e.Text == "Danube");
    }

    [Fact]
    public void Should_name_a_state_over_its_release_as_a_place()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Release });
        var state = Assert.Single(result.Entities, e => e.Text == "Republic of Zambia");
        Assert.Equal(EntityTypes.Location, state.Type);
        Assert.DoesNotContain(result.Entities, e => e.Text.Contains("RELEASE", StringComparison.OrdinalIgnoreCase));
    }
}
