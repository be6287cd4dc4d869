namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The head of a service often bears a title joined to "General": "Commissioner-General", "Inspector-General". Such a
/// title before a name is no part of the person's name, as "Secretary-General" is not.
/// </summary>
public sealed class When_a_title_is_joined_to_general
{
    private const string Text = """
        The agency's Commissioner-General Philippe Lazzarini said the schools would stay open. Inspector-General Japhet Koome ordered an inquiry.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Philippe Lazzarini")]
    [InlineData("Japhet Koome")]
    public void Should_find_the_person_without_the_title(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_not_take_the_title_into_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("-General", StringComparison.Ordinal));
}
