namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "plants in Ulsan, Asan and Jeonju": a one-word name the tagger takes for a person, listed
/// between two places, is a place too; people listed with people stay people.
/// </summary>
public sealed class When_a_town_stands_between_two_places_in_a_list
{
    private const string Text = """
        SEOUL — About 43,000 members at the carmaker's plants in Ulsan, Asan and Jeonju joined the stoppage on Wednesday.

        Union leaders Park Seong-ho, Yang Kyung-soo and Kim Young-hoon spoke at the rally.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_read_the_middle_name_as_a_place()
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Asan");
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Asan");
    }

    [Fact]
    public void Should_keep_people_listed_with_people() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Yang Kyung-soo");
}
