namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Tamil Nadu Chief Minister M.K. Stalin", "Karnataka Chief Minister Siddaramaiah": the state
/// before a leader's title is a place, though the tagger cuts a two-word state after its first
/// word or the portfolio rule takes a lone word before a title for a portfolio. "Chief Cabinet
/// Secretary" is a title, not an organisation called "Chief Cabinet"; "Health and Human Services
/// Secretary" opens with its department, whole.
/// </summary>
public sealed class When_a_state_or_a_title_stands_before_a_leader
{
    private static IReadOnlyList<Entity> Entities(string text) => new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;

    [Theory]
    [InlineData("Tamil Nadu Chief Minister M.K. Stalin welcomed the order on Friday.", "Tamil Nadu")]
    [InlineData("Uttar Pradesh Chief Minister Yogi Adityanath welcomed the order on Friday.", "Uttar Pradesh")]
    [InlineData("Karnataka Chief Minister Siddaramaiah welcomed the order on Friday.", "Karnataka")]
    public void Should_keep_the_state_before_the_title_as_a_place(string text, string state)
    {
        var entities = Entities(text);
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == state);
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Location && e.Text != state);
    }

    [Fact]
    public void Should_read_chief_cabinet_secretary_as_a_title()
    {
        var entities = Entities("Chief Cabinet Secretary Yoshimasa Hayashi told reporters that whaling would continue.");
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Organization);
        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text == "Yoshimasa Hayashi");
    }

    [Fact]
    public void Should_keep_the_opening_word_of_a_department_joined_by_and()
    {
        var entities = Entities("Health and Human Services Secretary Robert F. Kennedy Jr. said in a post that the outbreak was a reminder of the value of vaccines.");
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "Health and Human Services");
        Assert.DoesNotContain(entities, e => e.Text.StartsWith("and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_still_read_a_word_before_a_title_as_a_portfolio() =>
        Assert.DoesNotContain(Entities("Enterprise Minister Peter Burke said the grants would open in May."), e => e.Text == "Enterprise");
}
