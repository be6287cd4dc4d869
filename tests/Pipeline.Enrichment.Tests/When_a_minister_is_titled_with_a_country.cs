namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Minister for Foreign Affairs of Uzbekistan Dilshod Rustamovich Karimov met ...": a readout titles a minister by the
/// portfolio and the country, then names them. The name after the country is a person, whatever the tagger made of a
/// patronymic it did not know.
/// </summary>
public sealed class When_a_minister_is_titled_with_a_country
{
    private const string Text = """
        Minister of Foreign Affairs of Uzbekistan Dilshod Rustamovich Karimov received the delegation in Tashkent on Monday.

        He later spoke by telephone with Minister for Foreign Affairs and Trade of Hungary Ildikó Szabó Vereczkei, who is visiting Baku.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Dilshod Rustamovich Karimov")]
    [InlineData("Ildikó Szabó Vereczkei")]
    public void Should_name_the_minister(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Uzbekistan")]
    [InlineData("Hungary")]
    public void Should_keep_the_country_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
