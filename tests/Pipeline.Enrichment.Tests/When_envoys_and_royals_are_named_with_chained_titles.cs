namespace Pipeline.Enrichment.Tests;

public sealed class When_envoys_and_royals_are_named_with_chained_titles
{
    private const string Text = """
        The United Nations Special Envoy for Yemen Hans Grundberg arrived in Riyadh on Monday, where he met his Saudi hosts and the Saudi Defence Minister.

        Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber visited the port later. Qais al-Jubouri, the chairman of the Baath Monitoring Committee, said work would resume.

        Convoys on the Mosul-Erbil road were stopped, and flights from Erbil International Airport were delayed, Ahmad Haider told the Shargh daily.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    private static Entity Find(string type, string name) => Assert.Single(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_split_an_envoy_for_a_country_into_the_organisation_the_country_and_the_person()
    {
        Find(EntityTypes.Organization, "United Nations");
        Find(EntityTypes.Location, "Yemen");
        Find(EntityTypes.Person, "Hans Grundberg");
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Envoy", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_take_a_country_before_a_role_for_a_nationality_and_drop_a_title_with_no_name()
    {
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text.StartsWith("Saudi", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Minister", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mishal Al-Ahmad Al-Jaber")]
    [InlineData("Qais al-Jubouri")]
    [InlineData("Ahmad Haider")]
    public void Should_name_people_without_their_chained_titles_and_by_arabic_first_names(string name) => Find(EntityTypes.Person, name);

    [Theory]
    [InlineData("Mosul")]
    [InlineData("Erbil")]
    [InlineData("Erbil International Airport")]
    public void Should_find_both_places_of_a_hyphenated_route_and_an_airport_with_its_city(string name) => Find(EntityTypes.Location, name);

    [Fact]
    public void Should_not_keep_a_hyphenated_route_as_one_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Mosul-Erbil");

    [Fact]
    public void Should_take_a_name_before_a_word_for_a_news_outlet_for_the_outlet() => Find(EntityTypes.Organization, "Shargh");
}
