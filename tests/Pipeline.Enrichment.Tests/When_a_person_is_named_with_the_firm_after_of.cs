namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Lars Jensen of Vespucci Maritime": the tagger runs a person's name on over "of" into the name
/// of the firm the person works for. That is a person and an organisation; a place after "of"
/// stays a place.
/// </summary>
public sealed class When_a_person_is_named_with_the_firm_after_of
{
    private const string Text = """
        COPENHAGEN — Freight rates jumped again last week. Analyst Lars Jensen of Vespucci Maritime said the crunch could last until the spring. "Everyone is fighting for the same slots," Jensen said.

        Economist Maria Lopez of Lima agreed that prices would stay high.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_read_the_person_and_the_firm_apart()
    {
        var person = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Lars Jensen");
        Assert.Equal(2, person.Mentions.Count);
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Vespucci Maritime");
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" of ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_a_place_after_of_a_place() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Lima");
}
