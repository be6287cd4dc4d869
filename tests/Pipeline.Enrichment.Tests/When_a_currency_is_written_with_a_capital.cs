namespace Pipeline.Enrichment.Tests;

/// <summary>"Sterling rose": a currency is no one's name, though a person may bear it as a surname.</summary>
public sealed class When_a_currency_is_written_with_a_capital
{
    [Fact]
    public void Should_not_take_the_currency_for_a_person()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Sterling rose 0.3 percent against the dollar on Thursday, and the Euro slipped in Frankfurt." });

        Assert.DoesNotContain(result.Entities, e => e.Text is "Sterling" or "Euro");
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Frankfurt");
    }

    [Fact]
    public void Should_still_find_a_person_whose_surname_it_is()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Raheem Sterling scored twice in Manchester on Saturday. Afterwards Sterling thanked the fans." });

        var player = Assert.Single(result.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal("Raheem Sterling", player.Text);
        Assert.Equal(2, player.Mentions.Count);
    }
}
