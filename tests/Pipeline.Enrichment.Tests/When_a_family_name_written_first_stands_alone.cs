namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Sakaguchi Hiroto ... Sakaguchi told": a Japanese name written family name first, then the family name alone, is the same
/// person, also where the tagger takes the lone word for a place that no list knows.
/// </summary>
public sealed class When_a_family_name_written_first_stands_alone
{
    private const string Text = """
        NAGOYA -- Trade minister Furukawa Yoshinobu faced two hours of questions from the budget committee on Tuesday over a subsidy paid to a parts maker.

        Filings show that the maker's chairman, Sakaguchi Hiroto, gave 2 million yen to the minister's support group in Gifu. Sakaguchi is also a director of the prefectural chamber of commerce.

        Sakaguchi told the Chubu Daily by telephone that the payments were legal.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_not_take_the_family_name_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Sakaguchi");

    [Fact]
    public void Should_link_the_family_name_to_the_person() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Sakaguchi Hiroto" && e.Count == 3);
}
