namespace Pipeline.Enrichment.Tests;

/// <summary>A party named before the word "party", and well-known platforms, banks, funds and clubs named bare.</summary>
public sealed class When_parties_platforms_and_clubs_are_named
{
    private const string Text = """
        The governor, Rubén Rocha Moya of the ruling Morena party, did not comment.

        The ministry spokeswoman said on Telegram that the plan was a provocation. Scotiabank economist Priya Ramaswamy said markets were worried, and the Caisse de dépôt et placement du Québec declined to comment. American investors own clubs including AC Milan, Fiorentina and Atalanta.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Morena")]
    [InlineData("Telegram")]
    [InlineData("Scotiabank")]
    [InlineData("Caisse de dépôt et placement du Québec")]
    [InlineData("Fiorentina")]
    [InlineData("Atalanta")]
    public void Should_name_the_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_keep_the_people_and_take_no_organisation_for_a_place() =>
        Assert.Equal(["Priya Ramaswamy", "Rubén Rocha Moya"], Result.Entities.Where(e => e.Type is EntityTypes.Person or EntityTypes.Location).Select(e => e.Text).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_name_the_platform_x_after_a_post_on_it()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Modi wrote on X that the result was a victory for good governance.\n\nThe minister said in a post on X, formerly Twitter, that talks would resume.",
        }).Entities;
        Assert.Equal(2, Assert.Single(entities, e => e.Type == EntityTypes.Organization && e.Text == "X").Mentions.Count);
    }
}
