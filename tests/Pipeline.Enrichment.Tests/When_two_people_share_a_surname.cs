namespace Pipeline.Enrichment.Tests;

/// <summary>"Kumar" alone, when three Kumars are named: the one the text named last before it.</summary>
public sealed class When_two_people_share_a_surname
{
    private const string Text = """
        Chief Minister Nitish Kumar will be sworn in next week.

        Kumar, 74, thanked voters for their trust. Chief Election Commissioner Gyanesh Kumar said turnout was the highest since 1951, and Sanjay Kumar of a Delhi research centre said the result would strengthen the government.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_group_the_surname_alone_under_the_person_named_last_before_it()
    {
        Assert.Equal(2, Assert.Single(Result.Entities, e => e.Text == "Nitish Kumar").Mentions.Count);
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Kumar");
    }

    [Fact]
    public void Should_keep_the_other_people_with_that_surname() =>
        Assert.Equal(3, Result.Entities.Count(e => e.Type == EntityTypes.Person));
}
