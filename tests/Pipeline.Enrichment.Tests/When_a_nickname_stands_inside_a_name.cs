namespace Pipeline.Enrichment.Tests;

/// <summary>Crime and court reports write a nickname in quotes inside the name: 'Joaquín "El Chapo" Guzmán'.</summary>
public sealed class When_a_nickname_stands_inside_a_name
{
    private const string Text = """
        The cartel was once led by Joaquín "El Chapo" Guzmán, who was convicted in New York in 2019.

        Prosecutors said Guzmán's sons took over the business after his arrest.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_person_without_the_nickname()
    {
        var person = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal("Joaquín Guzmán", person.Text);
    }

    [Fact]
    public void Should_link_the_surname_alone_to_the_full_name() =>
        Assert.Equal(2, Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person).Mentions.Count);
}
