namespace Pipeline.Enrichment.Tests;

/// <summary>Head words of organisations from crime, Indian politics, Italian banking, science and the Catholic Church.</summary>
public sealed class When_cartels_parties_and_church_bodies_are_named
{
    private const string Text = """
        The Sinaloa Cartel paid him $300,000 a month, prosecutors said.

        The Rashtriya Janata Dal won 82 seats. The Australian Antarctic Division said the station was safe. The deal was advised by Banca Akros. The Synod of Bishops met in Rome, and Paolo Ruffini of the Dicastery for Communication spoke.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Sinaloa Cartel")]
    [InlineData("Rashtriya Janata Dal")]
    [InlineData("Australian Antarctic Division")]
    [InlineData("Banca Akros")]
    [InlineData("Synod of Bishops")]
    [InlineData("Dicastery for Communication")]
    public void Should_name_the_organisation_whole(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_none_of_them_for_a_person_or_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type != EntityTypes.Organization && e.Text is not ("Rome" or "Paolo Ruffini") && e.Type is EntityTypes.Person or EntityTypes.Location);

    [Fact]
    public void Should_take_an_italian_league_for_an_organisation() =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = "The deal still needs the approval of Lega Serie B and the Italian Football Federation." }).Entities,
            e => e.Type == EntityTypes.Organization && e.Text == "Lega Serie B");
}
