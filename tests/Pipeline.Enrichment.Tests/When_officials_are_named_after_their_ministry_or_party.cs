namespace Pipeline.Enrichment.Tests;

public sealed class When_officials_are_named_after_their_ministry_or_party
{
    private const string Text = """
        Lawmakers from President Recep Tayyip Erdogan's Justice and Development Party voted against the motion on Tuesday.

        Jordan's Secretary-General of the Ministry of Foreign Affairs Sufyan Salman bin Ahmad Al-Qudah met the delegation, along with the Assistant Secretary-General for Humanitarian Affairs, Nadia Haroun.

        Oman's Sayyid Badr bin Saud Al Busaidi, the minister responsible for defence affairs, received the visitors later.

        The talks in Riyadh were led by Saudi Vice Minister of Foreign Affairs Waleed Elkhereiji and an envoy from Amman.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    private static Entity Find(string type, string name) => Assert.Single(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_keep_a_listed_party_whole_though_it_starts_with_a_title_word() =>
        Find(EntityTypes.Organization, "Justice and Development Party");

    [Fact]
    public void Should_end_the_ministry_where_the_officials_name_starts_and_carry_the_name_over_bin()
    {
        Find(EntityTypes.Organization, "Ministry of Foreign Affairs");
        Find(EntityTypes.Person, "Sufyan Salman bin Ahmad Al-Qudah");
    }

    [Fact]
    public void Should_take_a_title_with_its_portfolio_before_a_name_for_no_organisation()
    {
        Find(EntityTypes.Person, "Waleed Elkhereiji");
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text.Contains("Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_take_no_portfolio_after_a_title_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Humanitarian Affairs");

    [Fact]
    public void Should_leave_an_omani_honorific_out_of_the_name() => Find(EntityTypes.Person, "Badr bin Saud Al Busaidi");

    [Theory]
    [InlineData("The National Democratic Alliance led by Prime Minister Narendra Modi's Bharatiya Janata Party won a comfortable majority in the Bihar state assembly.")]
    [InlineData("The alliance is led by Narendra Modi's Bharatiya Janata Party.")]
    public void Should_name_the_party_after_a_leaders_possessive_apart_from_the_leader(string text)
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;
        Assert.Single(entities, e => e.Type == EntityTypes.Person && e.Text == "Narendra Modi");
        Assert.Single(entities, e => e.Type == EntityTypes.Organization && e.Text == "Bharatiya Janata Party");
    }
}
