namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Deputy Minister of Foreign Affairs Suharyanto", "Minister of Environment and Energy Carla Mendes-Sobral": the tagger may open
/// a person's name, or an organisation, inside the title's portfolio. The portfolio's words (English words, an acronym,
/// "and") are the title's, and the person starts at the first name or at the first word no list or English word list
/// knows, one word ("Suharyanto") or more. A span that is only the portfolio ("the Minister for Pacific Affairs") names no one;
/// a body named right before the person ("Head of UNICEF Catherine Russell") stays a body. After "of the" a body is named, not a
/// portfolio ("Executive Director of the World Food Programme").
/// </summary>
public sealed class When_a_title_s_portfolio_runs_into_the_person_after_it
{
    private const string Text = """
        JAKARTA — The talks were co-chaired by Deputy Minister of Foreign Affairs Suharyanto and by the Deputy Foreign Minister of Malaysia, who arrived on Monday. Deputy Minister Suharyanto said the two sides had agreed on a calendar.

        The meeting was also attended by Director-General for ASEAN Cooperation Ratna Sari Widjaja, who briefed the press afterwards.

        In Lisbon, Minister of Environment and Energy Carla Mendes-Sobral said the tariff would not change this year.

        The envoy later met the Minister for Pacific Affairs in Wellington, and the Head of UNICEF Catherine Russell in New York.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Suharyanto")]
    [InlineData("Ratna Sari Widjaja")]
    [InlineData("Carla Mendes-Sobral")]
    [InlineData("Catherine Russell")]
    public void Should_find_the_person_without_the_portfolio(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_keep_a_body_named_right_before_the_person() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "UNICEF");

    [Fact]
    public void Should_find_no_name_that_holds_the_portfolio() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Affairs") || e.Text.Contains("Cooperation") || e.Text.StartsWith("Energy"));
}
