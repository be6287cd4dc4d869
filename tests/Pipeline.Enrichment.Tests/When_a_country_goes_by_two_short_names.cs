namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A story may name one country by two short forms and never by its list name ("U.S." and
/// "America"): that is one place, named by the longer form. "Republic of Congo" is a country,
/// not an organisation, and England stays apart from Britain.
/// </summary>
public sealed class When_a_country_goes_by_two_short_names
{
    private const string Text = """
        SEOUL — Carmakers are already under strain from U.S. tariffs on imported vehicles, and analysts said a long strike could push the company to move more output to America.

        The outbreak has reached the neighbouring Republic of Congo, health officials said. Fans in England and across Britain followed the match.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_group_both_short_forms_as_one_place()
    {
        var country = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.CountryCode == "US");
        Assert.Equal("America", country.Text);
        Assert.Equal(2, country.Mentions.Count);
    }

    [Fact]
    public void Should_read_the_republic_of_congo_as_a_country() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Republic of Congo" && e.CountryCode == "CG");

    [Fact]
    public void Should_keep_england_apart_from_britain()
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "England");
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Britain");
    }
}
