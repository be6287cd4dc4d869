namespace Pipeline.Enrichment.Tests;

public sealed class When_organisations_and_places_are_named_in_context
{
    private const string Text = """
        Officials from the Norwegian Ministry of Trade, Industry and Fisheries met the state-backed investor Norfund. Two Norwegian firms, Hydro and the battery maker Freyr Battery, joined them.

        Ayala Corporation runs industrial parks in Vietnam. Ayala's chief executive attended. The state utility Vietnam Electricity, known as EVN, buys equipment from China Road and Bridge Corporation.

        Rare earths lie in the provinces of Lai Chau and Yen Bai. Trucks run from Dar es Salaam to Lake Victoria and the Rift Valley. Ships must respect the United Nations Convention on the Law of the Sea and the National Security and Investment Act.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    private static Entity Find(string type, string name) => Assert.Single(Result.Entities, e => e.Type == type && e.Text == name);

    [Theory]
    [InlineData("Norwegian Ministry of Trade, Industry and Fisheries")]
    [InlineData("Norfund")]
    [InlineData("Hydro")]
    [InlineData("Freyr Battery")]
    [InlineData("China Road and Bridge Corporation")]
    public void Should_find_organisations_by_their_context_and_keep_commas_and_and_inside_their_names(string name) =>
        Find(EntityTypes.Organization, name);

    [Fact]
    public void Should_keep_two_points_of_the_compass_joined_by_and_inside_one_name()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Tuna quotas\n\nThe Western and Central Pacific Fisheries Commission will meet in Manila next week, and the East and Southern Africa Management Institute said it would attend." }).Entities;
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "Western and Central Pacific Fisheries Commission");
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "East and Southern Africa Management Institute");
        Assert.DoesNotContain(entities, e => e.Text == "Western");
    }

    [Fact]
    public void Should_keep_the_campus_after_at_inside_a_university_name_and_nowhere_else()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Measles study\n\nResearchers at the University of Texas Health Science Center at Houston said cases rose. A professor at the University of Illinois at Chicago agreed, and a doctor at Mercy College at Dublin disagreed." }).Entities;
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "University of Texas Health Science Center at Houston");
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "University of Illinois at Chicago");
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "Mercy College");
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == "Dublin");
        Assert.DoesNotContain(entities, e => e.Text is "Houston" or "Chicago");
    }

    [Fact]
    public void Should_join_short_forms_and_introduced_acronyms_to_the_full_name()
    {
        Assert.Contains(Find(EntityTypes.Organization, "Ayala Corporation").Mentions, m => m.Text == "Ayala");
        Assert.Contains(Find(EntityTypes.Organization, "Vietnam Electricity").Mentions, m => m.Text == "EVN");
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("Lai Chau")]
    [InlineData("Yen Bai")]
    [InlineData("Dar es Salaam")]
    [InlineData("Lake Victoria")]
    [InlineData("Rift Valley")]
    public void Should_find_places_named_by_lists_and_geographic_words(string name) => Find(EntityTypes.Location, name);

    [Fact]
    public void Should_not_take_laws_and_treaties_for_organisations_or_places()
    {
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Act", StringComparison.Ordinal) || e.Text.Contains("Convention", StringComparison.Ordinal) || e.Text == "Sea");
    }

    [Theory]
    [InlineData("The European Court of Justice in Luxembourg upheld the fine on Tuesday.", "European Court of Justice")]
    [InlineData("Lawyers told the Andean Tribunal of Justice that the law was void.", "Andean Tribunal of Justice")]
    public void Should_keep_a_title_word_after_of_inside_an_organisations_name(string text, string name) =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Shells landed overnight in Deir al-Balah and in Khan Younis, residents said.", "Deir al-Balah")]
    [InlineData("Thousands of refugees crossed into neighbouring Chad last week.", "Chad")]
    public void Should_hold_an_arabic_article_after_a_place_and_no_lower_case_word_before_it(string text, string place) =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Location && e.Text == place);

    [Fact]
    public void Should_read_a_name_after_the_word_chain_as_an_organisation() =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Prices were cut by the grocery chain Hollisters on Monday." }).Entities,
            e => e.Type == EntityTypes.Organization && e.Text == "Hollisters");

    [Fact]
    public void Should_read_a_lone_word_before_a_ministers_title_as_the_portfolio()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Factories rely on supply chains, Industry Minister Lee Jae-won said on Monday." });
        Assert.DoesNotContain(result.Entities, e => e.Text == "Industry");
        Assert.Single(result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Lee Jae-won");
    }

    [Fact]
    public void Should_end_a_listed_agency_before_and_and_the_next_agency()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "The DEA's investigation was supported by the Federal Bureau of Investigation and Homeland Security Investigations, the statement said.",
        }).Entities;
        Assert.Single(entities, e => e.Type == EntityTypes.Organization && e.Text == "Federal Bureau of Investigation");
        Assert.Single(entities, e => e.Type == EntityTypes.Organization && e.Text == "Homeland Security Investigations");
        Assert.DoesNotContain(entities, e => e.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_name_a_great_river_written_bare_a_place() =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "The new party took much of the vote in constituencies along the Ganges where the opposition lost by narrow margins.",
        }).Entities, e => e.Type == EntityTypes.Location && e.Text == "Ganges");
}
