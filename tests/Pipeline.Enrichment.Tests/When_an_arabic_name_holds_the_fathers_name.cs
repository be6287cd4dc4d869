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

    [Fact]
    public void Should_read_the_whole_name_after_a_lower_case_title_as_one_person()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Fund deal\n\nMubadala's chief executive Khaldoon Khalifa Al Mubarak told reporters in Abu Dhabi that the fund would keep buying." }).Entities;
        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text == "Khaldoon Khalifa Al Mubarak");
        Assert.DoesNotContain(entities, e => e.Text == "Khaldoon");
    }
}
