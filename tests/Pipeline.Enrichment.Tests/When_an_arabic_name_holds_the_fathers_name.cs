namespace Pipeline.Enrichment.Tests;

public sealed class When_an_arabic_name_holds_the_fathers_name
{
    private const string Text = """
        Jordanian Crown Prince Hussein bin Abdullah opened the forum in Amman on Monday on behalf of King Abdullah, the royal court said. Prince Hussein told delegates that the kingdom needed investment.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_keep_the_father_named_alone_as_a_person_of_his_own() =>
        Assert.DoesNotContain(Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Hussein bin Abdullah").Mentions, m => m.Text == "Abdullah");

    [Fact]
    public void Should_still_join_the_sons_given_name_to_his_full_name()
    {
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Abdullah");
        Assert.Contains(Result.Entities.Single(e => e.Text == "Hussein bin Abdullah").Mentions, m => m.Text == "Hussein");
    }
}
