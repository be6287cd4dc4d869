namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the ruling Mozambique Liberation Front (Frelimo)": a word in brackets that the text later names the party by alone is its
/// short name, not a qualifier of the name ("Janata Dal (United)" keeps its brackets).
/// </summary>
public sealed class When_a_party_is_named_with_its_short_name_in_brackets
{
    private const string Text = """
        The vote was weakest in rural areas where the ruling Mozambique Liberation Front (Frelimo) is strong. Frelimo said it would appeal.
        In Bihar, the Janata Dal (United) left the alliance.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_party_without_its_short_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Mozambique Liberation Front");

    [Fact]
    public void Should_take_the_short_name_for_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);

    [Fact]
    public void Should_keep_a_qualifier_in_brackets() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Janata Dal (United)");
}
