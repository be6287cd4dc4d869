namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Communiqués and invitations put "H.E." (His or Her Excellency) before a head of state's or an
/// envoy's name. It is an honorific, as "Hon." is: not part of the name, and not a place.
/// </summary>
public sealed class When_an_excellency_stands_before_a_name
{
    private const string Text = """
        At the invitation of the President of Ghana, H.E. Kwabena Owusu-Darko, the President of Chile, H.E. Ignacio Valdés Montt, paid a state visit to Accra from 4 to 6 May. The two Presidents held talks at Jubilee House.

        H.E. Leila Haddad-Mourad, Ambassador of Tunisia, presented her credentials on the same day.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kwabena Owusu-Darko")]
    [InlineData("Ignacio Valdés Montt")]
    [InlineData("Leila Haddad-Mourad")]
    public void Should_leave_the_honorific_out_of_the_name(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_not_take_the_honorific_for_an_entity() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("H.E.", StringComparison.Ordinal));
}
