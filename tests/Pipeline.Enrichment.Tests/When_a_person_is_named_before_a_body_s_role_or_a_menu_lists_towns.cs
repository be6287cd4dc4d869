namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Anand Mistry-Coulthard, Network Rail's route director": a person, a comma and a body's possessive is the person and the role
/// they hold there, no list of two organisations. A member's office after a name is no word of it ("Euan Macfarlane-Gray MSP").
/// A local site's menu lists the towns it covers ("News | Oldham | Rochdale | Crime"): a known town there is a place, a section
/// ("Metro") is not.
/// </summary>
public sealed class When_a_person_is_named_before_a_body_s_role_or_a_menu_lists_towns
{
    private const string Text = """
        News | Oldham | Rochdale | Metro | Crime | Sport

        Anand Mistry-Coulthard, Network Rail's route director for the region, said the line would reopen.

        Dr Ishbel MacCorquodale, NHS Tayside's medical director, said the ward was full, and Euan Macfarlane-Gray MSP called for a review.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Anand Mistry-Coulthard")]
    [InlineData("Ishbel MacCorquodale")]
    [InlineData("Euan Macfarlane-Gray")]
    public void Should_name_the_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_name_a_town_in_the_menu_a_place() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Rochdale");

    [Fact]
    public void Should_name_no_section_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Metro");
}
