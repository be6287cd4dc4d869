namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the opposition party Compromís", "Japanese drugmaker Takeda", "the copper smelter Boliden": a name right after
/// the kind of organisation it is, as after "firm" or "lender", is an organisation. The tagger, seeing one unknown
/// word, often takes it for a person, and a lone person no one introduces is dropped.
/// </summary>
public sealed class When_a_party_or_a_drugmaker_is_named_after_its_kind
{
    private const string Text = """
        The opposition party Vooruitzicht walked out of the council meeting in Ghent on Thursday, and the Belgian drugmaker Farmavance said it would move its research centre to Leuven.

        The copper smelter Norrkupra, which buys ore from the mine, and the club's sponsor Baltelco declined to comment.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Vooruitzicht")]
    [InlineData("Farmavance")]
    [InlineData("Norrkupra")]
    [InlineData("Baltelco")]
    public void Should_name_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
