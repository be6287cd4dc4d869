namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Democratic Republic of the Congo (DRC)": a listed country defines its acronym as a body's name is defined, but it
/// stays a place, and the acronym's later mentions are that place. A joining word of a letterhead set in capitals ("THE
/// UNITED REPUBLIC OF TANZANIA") is no name.
/// </summary>
public sealed class When_a_country_is_defined_by_its_acronym
{
    private const string Text = """
        THE UNITED REPUBLIC OF TANZANIA

        On regional security, the two ministers exchanged views on the situation in the eastern part of the Democratic Republic of the Congo (DRC), in particular in South Kivu province. They agreed that the DRC needs a ceasefire before the refugees can return home.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_keep_the_country_a_place_with_the_acronym_as_its_mention()
    {
        var country = Assert.Single(Result.Entities, e => e.Text == "Democratic Republic of the Congo");
        Assert.Equal(EntityTypes.Location, country.Type);
        Assert.Equal("CD", country.CountryCode);
        Assert.Equal(2, country.Mentions.Count(m => m.Text == "DRC"));
    }

    [Fact]
    public void Should_name_no_organisation() => Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_not_name_a_joining_word_in_capitals() => Assert.DoesNotContain(Result.Entities, e => e.Text == "OF");
}
