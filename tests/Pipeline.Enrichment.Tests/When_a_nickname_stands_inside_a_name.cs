namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Crime and court reports write a nickname in quotes inside the name: 'Joaquín "El Chapo" Guzmán'; Philippine and
/// Latin American papers do it with curly quotes, for politicians too ('Sen. Ramon “Monching” dela Paz'), and American
/// obituaries and local news for anyone ('Marie-Thérèse "Tess" Guidry Thibodeaux'). The person is named as written, nickname
/// and all, as annotators of news name them; the tagger that opens the person at the nickname loses no given name.
/// </summary>
public sealed class When_a_nickname_stands_inside_a_name
{
    private const string Text = """
        The cartel was once led by Joaquín "El Chapo" Guzmán, who was convicted in New York in 2019.

        Prosecutors said Guzmán's sons took over the business after his arrest.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_person_with_the_nickname()
    {
        var person = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal("Joaquín \"El Chapo\" Guzmán", person.Text);
    }

    [Fact]
    public void Should_link_the_surname_alone_to_the_full_name() =>
        Assert.Equal(2, Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person).Mentions.Count);

    private const string CurlyText = """
        Sen. Ramon “Monching” dela Paz asked the agency to explain the delays. Former mayor Lucila “Lucy” Abrenica-Tan said the dikes were never built.

        Dela Paz said the committee would meet again on Monday.
        """;

    [Theory]
    [InlineData("Ramon “Monching” dela Paz")]
    [InlineData("Lucila “Lucy” Abrenica-Tan")]
    public void Should_name_the_person_with_a_nickname_in_curly_quotes(string name)
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = CurlyText });
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
        Assert.DoesNotContain(result.Entities, e => e.Text is "Monching" or "Lucy");
    }

    private const string SplitText = """
        Board chair Harjit "Harry" Bhullar said the district was adding classrooms.

        He is survived by his wife, Marie-Thérèse "Tess" Guidry Thibodeaux, and a son.
        """;

    [Theory]
    [InlineData("Harjit \"Harry\" Bhullar")]
    [InlineData("Marie-Thérèse \"Tess\" Guidry Thibodeaux")]
    public void Should_keep_the_given_name_before_the_nickname(string name)
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = SplitText });
        Assert.Single(result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
        Assert.Equal(2, result.Entities.Count(e => e.Type == EntityTypes.Person));
    }
}
