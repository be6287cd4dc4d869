namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The name lists hold many Spanish and Portuguese given names without accents ("Hector"); news
/// from Latin America writes them with accents ("Héctor"), and they are still first names.
/// </summary>
public sealed class When_a_listed_name_is_written_with_accents
{
    private const string Text = """
        LIMA — According to the electoral office, retired general Héctor Quispe Mamani of the Popular Renewal party received 27.4% of valid votes. Quispe said his lead was clean.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_keep_the_accented_first_name_in_the_persons_name()
    {
        var person = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Héctor Quispe Mamani");
        Assert.Contains(person.Mentions, m => m.Text == "Quispe");
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Quispe Mamani");
    }
}
