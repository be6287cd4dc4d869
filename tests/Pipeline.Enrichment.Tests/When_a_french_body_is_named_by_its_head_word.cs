namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Morocco's Conseil de la Concurrence": French and Italian bodies open their names with their head word ("Conseil",
/// "Autorité", "Ministère", "Consiglio"), as Spanish ones do ("Consejo"); the tagger may take the first half for a place.
/// </summary>
public sealed class When_a_french_body_is_named_by_its_head_word
{
    private const string Text = """
        Its Moroccan subsidiary faces a market investigation by Morocco's Conseil de la Concurrence, and its Egyptian arm has been hit by the devaluation of the pound.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_body_an_organisation() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Conseil de la Concurrence");

    [Fact]
    public void Should_keep_the_country_a_place() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Morocco");
}
