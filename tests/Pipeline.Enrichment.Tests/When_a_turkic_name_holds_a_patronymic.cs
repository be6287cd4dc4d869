namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Azerbaijani, Kyrgyz, Kazakh and Uzbek official names carry the father's name with "son of" or "daughter of": "Farid Tahir
/// oglu Guliyev", "Gulnara Ramiz qizi Hasanova", and in Kyrgyz after the family name, "Azamat Toktogulov uulu". The word is
/// part of the person's name, and the family name alone later is the same person.
/// </summary>
public sealed class When_a_turkic_name_holds_a_patronymic
{
    private const string Text = """
        The agreement was signed by Deputy Minister Farid Tahir oglu Guliyev and by the port's director, Gulnara Ramiz qizi Hasanova. Azamat Toktogulov uulu, who chairs the customs board, attended.

        Guliyev said the first train would leave in May. Hasanova did not comment.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Farid Tahir oglu Guliyev", 2)]
    [InlineData("Gulnara Ramiz qizi Hasanova", 2)]
    [InlineData("Azamat Toktogulov uulu", 1)]
    public void Should_find_the_person_under_the_full_name(string name, int mentions) =>
        Assert.Equal(mentions, Result.Entities.Single(e => e.Type == EntityTypes.Person && e.Text == name).Mentions.Count);

    [Theory]
    [InlineData("Farid Tahir")]
    [InlineData("Gulnara Ramiz")]
    [InlineData("Azamat Toktogulov")]
    public void Should_not_keep_the_given_and_father_names_apart(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
