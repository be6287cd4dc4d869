namespace Pipeline.Enrichment.Tests;

/// <summary>
/// American and Canadian local news: a site's menu lists the counties it covers ("Benton County", places) beside sections of plain
/// words ("Local News", no organisation); a chamber's word alone stands for the one chamber named in full ("the Senate" after "the
/// Texas Senate"); an office is named with its chamber before the holder ("Speaker of the House Rebecca Alcorn-Diaz"); and a
/// Quebec company ends in "Ltée".
/// </summary>
public sealed class When_american_local_news_names_its_bodies
{
    private const string Text = """
        Home | Local News | Yakima County | Benton County | Kittitas County | Weather | Sports

        AUSTIN, Texas — The Texas Senate voted 24-7 on Wednesday to give groundwater districts more power.

        "A well that runs dry is a farm that closes," a rancher said on the Senate floor. Speaker of the House Rebecca Alcorn-Diaz said the chamber would look at the bill.

        Boulangerie Saint-Maurice Ltée will add 80 jobs in Trois-Rivières.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_a_county_in_the_menu_a_place() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Benton County");

    [Fact]
    public void Should_name_no_section_of_plain_words() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Local News");

    [Fact]
    public void Should_link_the_chamber_s_word_to_its_full_name()
    {
        var senate = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Texas Senate");
        Assert.Equal(2, senate.Mentions.Count);
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Senate");
    }

    [Fact]
    public void Should_name_the_holder_after_an_office_with_its_chamber() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Rebecca Alcorn-Diaz");

    [Fact]
    public void Should_name_a_company_ending_in_Ltee() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Boulangerie Saint-Maurice Ltée");
}
